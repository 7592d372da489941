import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/**
 * A Svelte 5 host built the way an app would build it. The package resolves
 * to the built dist/, as it would from node_modules.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [svelte()],
  resolve: {
    alias: {
      '@workos-widgets/elements/workos-members-table.js': root('dist/workos-members-table.js'),
    },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
