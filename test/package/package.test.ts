import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { duplicates, overBudget, type SizeRow } from '../../bench/size.js';

/** What `npm run build` leaves in dist/, checked as a package consumer meets it. */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
};

const TAGS = [
  'workos-provider',
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
];

describe('the built package', () => {
  it('has a file behind every export, with its types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const file of files) assert.ok(existsSync(file), `${entry}: ${file} is missing`);
    }
  });

  it('ships one self-contained module for a script tag', () => {
    const bundle = readFileSync('dist/workos-elements.bundle.js', 'utf8');
    assert.doesNotMatch(bundle, /\bfrom\s*["'](?!\.)/, 'the bundle imports nothing');
    assert.doesNotMatch(bundle, /\bprocess\.env\b/, 'process.env is replaced at build time');
    for (const name of ['members-table', 'invitations', 'user-profile', 'security-settings']) {
      assert.ok(bundle.includes(name), `the bundle registers ${name}`);
    }
  });

  it('loads the invite form, QR, WebAuthn and other languages only when used', () => {
    const upFront = [...modulesOf('dist/workos-elements.bundle.js')];
    const code = upFront.map((file) => readFileSync(file, 'utf8')).join('\n');
    const lazy = [...code.matchAll(/import\(\s*[`"'](\.\/[^`"']+)[`"']\s*\)/g)].map(([, path]) =>
      readFileSync(`dist/${path}`, 'utf8'),
    );
    // Marks of each: the invite mutation, lean-qr's canvas drawing, the WebAuthn call,
    // and a string of each catalogue but English.
    const catalogues = ['Inviter des membres', 'Mitglieder einladen', 'メンバーを招待'];
    for (const mark of [
      'mutation InviteMember',
      'putImageData',
      'credentials.create',
      ...catalogues,
    ]) {
      assert.ok(!code.includes(mark), `"${mark}" is loaded up front`);
      assert.equal(lazy.filter((chunk) => chunk.includes(mark)).length, 1, `"${mark}" on demand`);
    }
  });

  it('fails the build when a size budget is exceeded', () => {
    const weight = (kb: number) => ({ minified: kb * 3072, gzip: kb * 1024, onDemandGzip: 0 });
    const workos = { name: 'all four' };
    const row = (ours: number, theirs: number): SizeRow => ({
      name: 'all elements together',
      ours: weight(ours),
      workos: { ...workos, weight: weight(theirs) },
    });
    assert.deepEqual(overBudget([row(40, 268)]), []);
    assert.match(overBudget([row(46, 268)])[0]!, /over its budget of 45\.0 KB/);
    assert.match(overBudget([row(40, 150)])[0]!, /over its budget of 30\.0 KB/);

    const twice = duplicates([
      'node_modules/lit-html/lit-html.js',
      'node_modules/@lit/context/index.js',
      'node_modules/@lit/context/node_modules/lit-html/lit-html.js',
      'node_modules/@urql/core/dist/urql-core.mjs',
    ]);
    assert.deepEqual(twice, ['lit-html']);
    const copied = { ...row(40, 268), ours: { ...weight(40), duplicates: twice } };
    assert.match(overBudget([copied])[0]!, /two copies of lit-html/);
  });

  it('leaves lit and urql to the host’s bundler in the per-element modules', () => {
    const code = [...modulesOf('dist/workos-members-table.js')]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    assert.match(code, /from\s*["']lit["']/);
    assert.match(code, /from\s*["']@urql\/core["']/);
  });

  it('marks only the registering entries as having side effects', () => {
    assert.deepEqual(pkg.sideEffects, ['./dist/workos-*.js', '*.css']);
    const index = readFileSync('dist/index.js', 'utf8');
    assert.doesNotMatch(index, /^define\(\);?$/m, 'the index registers nothing on import');
  });

  it('keeps the README’s reference in step with the manifest', () => {
    // Fails with "README.md is out of date" until `npm run docs` is run.
    execFileSync('npx', ['tsx', 'scripts/api-reference.ts', '--check'], { stdio: 'pipe' });
  });

  it('keeps the React, Vue and Svelte declarations in step with the manifest', () => {
    execFileSync('npx', ['tsx', 'scripts/framework-types.ts', '--check'], { stdio: 'pipe' });
  });

  it('describes every element in custom-elements.json', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
      modules: {
        declarations?: {
          tagName?: string;
          attributes?: { name: string }[];
          events?: { name: string }[];
        }[];
      }[];
    };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of TAGS) {
      const element = declarations.find((declaration) => declaration.tagName === tag);
      assert.ok(element, `${tag} is not in the manifest`);
      const attributes = element.attributes?.map((attribute) => attribute.name) ?? [];
      assert.ok(attributes.includes('token-url'), `${tag} lists token-url`);
    }
    const table = declarations.find(
      (declaration) => declaration.tagName === 'workos-members-table',
    )!;
    assert.ok(table.events!.some((event) => event.name === 'workos-member-removed'));
  });
});

/** A module of dist/ and every module of dist/ it imports, transitively. */
function modulesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    modulesOf(new URL(path!, `file:///${file}`).pathname.slice(1), seen);
  }
  return seen;
}
