import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, type InlineConfig } from 'vite';
import { kb } from '../bench/lib/report.js';
import { measureSizes, overBudget } from '../bench/size.js';

/**
 * `npm run build`: the package in dist/.
 * - One ES module per element (importing it registers the tag) and a
 *   side-effect-free index, with lit, urql and the other dependencies left
 *   as imports for the host's bundler to share.
 * - workos-elements.bundle.js: everything in one file, for a script tag.
 * - Type declarations, custom-elements.json, and the optional stylesheet.
 * - The size budgets of bench/size.ts: the build fails when one is exceeded.
 */
const ELEMENTS = [
  'workos-provider',
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
];

const shared: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  esbuild: { target: 'es2022' },
};

rmSync('dist', { recursive: true, force: true });

// Modules for bundlers: dependencies stay imports, so the host has one copy.
const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: object }).dependencies,
);
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    lib: {
      formats: ['es'],
      entry: {
        index: 'src/index.ts',
        ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `src/${tag}/define.ts`])),
      },
    },
    rollupOptions: {
      external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// One file with everything, for a CDN and a script tag.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: { formats: ['es'], entry: { 'workos-elements.bundle': 'src/bundle.ts' } },
    rollupOptions: {
      // Vite leaves whitespace in library builds for the host's bundler to
      // minify; nothing minifies a file a script tag loads, so this one is.
      output: { chunkFileNames: 'bundle/[name]-[hash].js', minify: true, comments: false },
      // The chunks loaded on demand import what they share from the bundle
      // itself, so that a page loads one file up front, not two in a row.
      preserveEntrySignatures: 'allow-extension',
    },
  },
});

copyFileSync('src/workos-elements.css', 'dist/workos-elements.css');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// tsc emits no .d.ts for a .d.ts source: the schema's generated types go by hand.
copyFileSync('src/core/graphql-env.d.ts', 'dist/types/core/graphql-env.d.ts');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
});

// The budgets, measured the way `npm run bench:size` measures them.
const sizes = await measureSizes();
writeFileSync('dist/sizes.json', `${JSON.stringify(sizes, null, 2)}\n`);
for (const row of sizes) {
  const onDemand = row.ours.onDemandGzip ? ` (+${kb(row.ours.onDemandGzip)} KB on demand)` : '';
  process.stdout.write(
    `${row.name.padEnd(28)} ${kb(row.ours.gzip).padStart(5)} KB gzip${onDemand}\n`,
  );
}
const over = overBudget(sizes);
for (const line of over) process.stderr.write(`${line}\n`);
if (over.length) process.exit(1);
