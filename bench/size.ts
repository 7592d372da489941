import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { change, kb, printTable, ratio, saveResults } from './lib/report.js';

/**
 * The weight of what a page downloads, ours beside WorkOS's React widgets,
 * measured the same way: esbuild bundles each entry with every dependency,
 * minifies it for the browser, and each output file is gzipped at level 9.
 *
 * Code an element loads only when a user opens a dialog, enrolls an
 * authenticator or registers a passkey (dynamic `import()`) is counted
 * apart, as "on demand". The budgets apply to what loads up front.
 */

/** The most that all elements together may weigh up front, gzipped. */
export const BUDGET_BYTES = 45 * 1024;
/** And at most this share of WorkOS's widgets. */
export const BUDGET_SHARE_OF_WORKOS = 1 / 5;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Weight {
  minified: number;
  gzip: number;
  /** Gzipped bytes loaded later, on first use of a feature. */
  onDemandGzip: number;
  /** Packages bundled from two places in node_modules: a second copy. */
  duplicates?: string[];
}

export interface SizeRow {
  name: string;
  ours: Weight;
  /** The WorkOS widgets that do the same job, with React and their CSS; `all four` for all. */
  workos: { name: string; weight: Weight } | null;
}

/** WorkOS's four widgets this project's elements stand in for. */
const WORKOS_WIDGETS = {
  members: ['UsersManagement'],
  profile: ['UserProfile'],
  security: ['UserSecurity', 'UserSessions'],
  all: ['UsersManagement', 'UserProfile', 'UserSecurity', 'UserSessions'],
} as const;

/** Each of our entries, and the WorkOS widgets it compares with. */
const OURS: { name: string; entry: string; compare: keyof typeof WORKOS_WIDGETS | null }[] = [
  { name: 'workos-members-table', entry: 'src/workos-members-table/define.ts', compare: 'members' },
  { name: 'workos-invitations', entry: 'src/workos-invitations/define.ts', compare: 'members' },
  { name: 'workos-user-profile', entry: 'src/workos-user-profile/define.ts', compare: 'profile' },
  {
    name: 'workos-security-settings',
    entry: 'src/workos-security-settings/define.ts',
    compare: 'security',
  },
  { name: 'workos-provider', entry: 'src/workos-provider/define.ts', compare: null },
  { name: 'all elements together', entry: 'src/bundle.ts', compare: 'all' },
];

/** The stylesheet WorkOS's widgets need: Radix Themes, then the widgets' own. */
const WORKOS_CSS = [
  `@import '@radix-ui/themes/styles.css';`,
  `@import '@workos-inc/widgets/styles.css';`,
].join('\n');

/**
 * Every figure of the size table. The pre-bundled module is measured as
 * `npm run build` wrote it to dist/, so that the file a script tag loads is
 * what the budget holds.
 */
export async function measureSizes(): Promise<SizeRow[]> {
  const workosCss = await bundleCss(WORKOS_CSS);
  const workos = new Map<string, Weight>();
  for (const [key, widgets] of Object.entries(WORKOS_WIDGETS)) {
    const js = await bundle({ contents: workosEntry(widgets), resolveDir: ROOT });
    workos.set(key, add(js, workosCss));
  }

  const rows: SizeRow[] = [];
  for (const { name, entry, compare } of OURS) {
    const ours = await bundle({ path: join(ROOT, entry) });
    const widgets = compare && WORKOS_WIDGETS[compare];
    rows.push({
      name,
      ours,
      workos: widgets
        ? {
            name: compare === 'all' ? 'all four' : widgets.join(' + '),
            weight: workos.get(compare)!,
          }
        : null,
    });
  }
  rows.push({
    name: 'pre-bundled module (dist)',
    ours: shipped('workos-elements.bundle.js'),
    workos: rows.at(-1)!.workos,
  });
  return rows;
}

/**
 * WorkOS's four widgets as one script and one stylesheet, for a page that
 * shows them: `mount(root, authToken)` renders each into its own
 * `[data-widget]` box inside their provider.
 */
export async function buildWorkosPage() {
  const script = await esbuild.build({
    stdin: { contents: workosEntry(WORKOS_WIDGETS.all), resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const style = await esbuild.build({
    stdin: { contents: WORKOS_CSS, resolveDir: ROOT, loader: 'css' },
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
    external: ['*.woff2', '*.woff', '*.svg', '*.png'],
  });
  return { js: script.outputFiles[0]!.text, css: style.outputFiles[0]!.text };
}

/** A page that renders the given WorkOS widgets inside their provider, as their docs show. */
function workosEntry(widgets: readonly string[]) {
  return [
    `import { createElement } from 'react';`,
    `import { createRoot } from 'react-dom/client';`,
    `import { WorkOsWidgets, ${widgets.join(', ')} } from '@workos-inc/widgets';`,
    `export function mount(root, authToken) {`,
    `  const box = (widget) => createElement('div', { 'data-widget': '' }, widget);`,
    `  const widgets = [${widgets.map((w) => `box(createElement(${w}, { authToken }))`)}];`,
    `  createRoot(root).render(createElement(WorkOsWidgets, null, ...widgets));`,
    `}`,
  ].join('\n');
}

async function bundle(entry: { path: string } | { contents: string; resolveDir: string }) {
  const result = await esbuild.build({
    ...('path' in entry
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'js' } }),
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outdir: join(ROOT, '.bench-out'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  // Modules behind a dynamic import are entry points too: the entry is the one asked for.
  const asked = 'path' in entry ? relative(ROOT, entry.path) : '<stdin>';
  const entryFile = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === asked)!;

  const upFront = reach(entryFile, (path) =>
    outputs[path]!.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
  );
  const all = reach(entryFile, (path) => outputs[path]!.imports.map((i) => i.path));
  const bytes = (path: string) => files.get(join(ROOT, path))!;
  const weight = weigh([...upFront].map(bytes), [...all].filter((p) => !upFront.has(p)).map(bytes));
  return { ...weight, duplicates: duplicates(Object.keys(result.metafile.inputs)) };
}

async function bundleCss(contents: string): Promise<Weight> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'css' },
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
    outfile: join(ROOT, '.bench-out/workos.css'),
    external: ['*.woff2', '*.woff', '*.svg', '*.png'],
  });
  return weigh(
    result.outputFiles.map((file) => file.contents),
    [],
  );
}

/** A file of dist/ with the chunks it imports statically; its dynamic imports are on demand. */
function shipped(file: string): Weight {
  const imports = (path: string, dynamic: boolean) => {
    const code = readFileSync(join(ROOT, 'dist', path), 'utf8');
    const pattern = dynamic
      ? /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g
      : /(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
    return [...code.matchAll(pattern)].map(([, target]) =>
      posix.normalize(posix.join(posix.dirname(path), target!)),
    );
  };
  const upFront = reach(file, (path) => imports(path, false));
  const all = reach(file, (path) => [...imports(path, false), ...imports(path, true)]);
  const bytes = (path: string) => readFileSync(join(ROOT, 'dist', path));
  return weigh([...upFront].map(bytes), [...all].filter((p) => !upFront.has(p)).map(bytes));
}

/** Packages whose files come from more than one `node_modules` folder. */
export function duplicates(inputs: string[]): string[] {
  const places = new Map<string, Set<string>>();
  for (const input of inputs) {
    const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const [, folder, name] = match;
    places.set(name!, (places.get(name!) ?? new Set()).add(folder!));
  }
  return [...places].filter(([, folders]) => folders.size > 1).map(([name]) => name);
}

/** Every file reachable from `start` through `next`. */
function reach(start: string, next: (path: string) => string[], seen = new Set<string>()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const path of next(start)) reach(path, next, seen);
  return seen;
}

function weigh(upFront: Uint8Array[], onDemand: Uint8Array[]): Weight {
  const gzip = (files: Uint8Array[]) =>
    files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
  return {
    minified: upFront.reduce((sum, file) => sum + file.length, 0),
    gzip: gzip(upFront),
    onDemandGzip: gzip(onDemand),
  };
}

function add(a: Weight, b: Weight): Weight {
  return {
    minified: a.minified + b.minified,
    gzip: a.gzip + b.gzip,
    onDemandGzip: a.onDemandGzip + b.onDemandGzip,
  };
}

/**
 * The budgets: all elements together, and the pre-bundled module, each under
 * `BUDGET_BYTES` and under `BUDGET_SHARE_OF_WORKOS` of WorkOS's widgets; and
 * no entry with a second copy of a package. One line per budget exceeded.
 */
export function overBudget(rows: SizeRow[]): string[] {
  const copies = rows.flatMap((row) =>
    (row.ours.duplicates ?? []).map(
      (name) => `${row.name} bundles two copies of ${name}: dedupe it in package-lock.json`,
    ),
  );
  const held = rows.filter((row) => row.workos?.name === 'all four');
  return copies.concat(
    held.flatMap((row) => {
      const limit = Math.min(BUDGET_BYTES, row.workos!.weight.gzip * BUDGET_SHARE_OF_WORKOS);
      if (row.ours.gzip <= limit) return [];
      return [
        `${row.name} is ${kb(row.ours.gzip)} KB gzip up front, over its budget of ` +
          `${kb(limit)} KB (${kb(BUDGET_BYTES)} KB, and a fifth of WorkOS's ` +
          `${kb(row.workos!.weight.gzip)} KB)`,
      ];
    }),
  );
}

/** `npm run bench:size`: the table, its JSON, and the budgets. */
export async function main() {
  const rows = await measureSizes();
  const previous = saveResults('size', { rows });
  const before = new Map(previous?.rows.map((row) => [row.name, row.ours.gzip]));

  printTable({
    title: 'Size: what a page downloads (esbuild, minified, gzip -9)',
    columns: [
      'entry',
      'min KB',
      'gzip KB',
      'on demand',
      'WorkOS widgets (React + CSS)',
      'WorkOS gzip',
      'ratio',
      'vs last run',
    ],
    rows: rows.map((row) => [
      row.name,
      kb(row.ours.minified),
      kb(row.ours.gzip),
      row.ours.onDemandGzip ? `+${kb(row.ours.onDemandGzip)}` : '—',
      row.workos?.name ?? '—',
      row.workos ? kb(row.workos.weight.gzip) : '—',
      ratio(row.ours.gzip, row.workos?.weight.gzip),
      change(row.ours.gzip, before.get(row.name)),
    ]),
    notes: [
      'Each entry with all of its dependencies (lit, @urql/core), as a page without',
      'other copies of them pays. Ours carry their styles inside; WorkOS adds Radix Themes',
      "CSS and its own. 'On demand' loads on first use of a dialog, the QR code or passkeys.",
      `Budget: all elements up front under ${kb(BUDGET_BYTES)} KB gzip and under a fifth ` +
        `of WorkOS's four widgets.`,
    ],
  });

  const over = overBudget(rows);
  for (const line of over) console.error(line);
  return over.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
