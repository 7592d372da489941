import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

/**
 * `npm run build`: the package in dist/.
 * - One ES module per element (importing it registers the tag) and a
 *   side-effect-free index, with lit, urql and the other dependencies left
 *   as imports for the host's bundler to share.
 * - workos-elements.bundle.js: everything in one file, for a script tag.
 * - Type declarations, custom-elements.json, and the optional stylesheet.
 */
const ELEMENTS = [
  'workos-provider',
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
];

/**
 * The most each file may weigh, gzipped. A change that grows a file past its
 * budget fails the build: lower the weight, or raise the budget on purpose.
 */
const BUDGETS_KB: Record<string, number> = {
  'workos-elements.bundle.js': 52,
  'index.js': 36,
};

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
  },
});

copyFileSync('src/workos-elements.css', 'dist/workos-elements.css');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// tsc emits no .d.ts for a .d.ts source: the schema's generated types go by hand.
copyFileSync('src/core/graphql-env.d.ts', 'dist/types/core/graphql-env.d.ts');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
});

checkBudgets(reportSizes());

/**
 * The gzip -9 size of each entry with the package's chunks it loads. The
 * per-element entries exclude lit, urql and the other dependencies, which a
 * host's bundler shares; the bundle includes everything.
 */
function reportSizes() {
  const rows = readdirSync('dist')
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = Buffer.concat([...closure(file)].map((part) => readFileSync(`dist/${part}`)));
      return { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
    });
  writeFileSync('dist/sizes.json', `${JSON.stringify(rows, null, 2)}\n`);
  for (const row of rows) {
    process.stdout.write(`${row.file.padEnd(36)} ${(row.gzip / 1024).toFixed(1)} KB gzip\n`);
  }
  return rows;
}

function checkBudgets(rows: { file: string; gzip: number }[]) {
  const over = rows.filter((row) => row.gzip > (BUDGETS_KB[row.file] ?? Infinity) * 1024);
  if (!over.length) return;
  for (const row of over) {
    process.stderr.write(
      `${row.file} is ${(row.gzip / 1024).toFixed(1)} KB gzip, over its ` +
        `budget of ${BUDGETS_KB[row.file]} KB\n`,
    );
  }
  process.exit(1);
}

/** A file of dist/ and the package's chunks it imports, transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  for (const [, path] of code.matchAll(/from\s*["']\.\/(?:\.\.\/)?([^"']+)["']/g)) {
    const target = path!.startsWith('chunks/') || file.startsWith('chunks/') ? path! : path!;
    closure(
      file.startsWith('chunks/') && !target.startsWith('chunks/') ? `chunks/${target}` : target,
      seen,
    );
  }
  return seen;
}
