import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/**
 * A Vue 3 host built the way an app would build it. Tags starting with
 * `workos-` are custom elements, not Vue components. The package resolves to
 * the built dist/, as it would from node_modules.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('workos-') } } }),
  ],
  resolve: {
    alias: {
      '@workos-widgets/elements/workos-members-table.js': root('dist/workos-members-table.js'),
    },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
