import { defineConfig } from 'vite';

/**
 * The demo page (`demo/`). `npm start` serves it beside the local API through
 * `demo/start.ts`, which adds the host back end.
 */
export default defineConfig({
  root: 'demo',
  define: {
    // @urql/core reads it; the elements carry no development-only code paths.
    'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'development'),
  },
  server: { host: 'localhost' },
  esbuild: { target: 'es2022' },
});
