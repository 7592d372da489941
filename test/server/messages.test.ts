import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ar } from '../../src/core/i18n/ar.js';
import { de } from '../../src/core/i18n/de.js';
import { en } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';
import { fr } from '../../src/core/i18n/fr.js';
import { directionOf } from '../../src/core/i18n/index.js';
import { ja } from '../../src/core/i18n/ja.js';

/** The catalogues beside English, which every one must match key for key. */
const CATALOGUES = { ar, de, es, fr, ja };

/** Every leaf of a catalogue: its dotted path and its value. */
function leaves(group: object, prefix = ''): [string, unknown][] {
  return Object.entries(group).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** The elements' code, where each string must be read. */
function sources(folder = 'src'): string {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.name !== 'i18n')
    .map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

/** Groups read by an API result's name, such as `codeFailures[result.__typename]`. */
const LOOKUPS = ['codeFailures', 'failures', 'statuses'];

describe('the text catalogues', () => {
  const english = new Map(leaves(en));

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    it(`${language} has every string of English, and no other`, () => {
      const own = new Map(leaves(catalogue));
      assert.deepEqual([...own.keys()].sort(), [...english.keys()].sort());

      for (const [path, value] of own) {
        const model = english.get(path);
        assert.equal(typeof value, typeof model, `${language} ${path}`);
        if (typeof value === 'function') {
          assert.equal(value.length, (model as () => string).length, `${language} ${path} arity`);
          const sample = (value as (...args: unknown[]) => unknown)('X', 'Y');
          assert.equal(typeof sample, 'string', `${language} ${path} gives text`);
        } else {
          assert.ok(String(value).trim(), `${language} ${path} is empty`);
        }
      }
    });
  }

  it('has no string the elements never show', () => {
    const code = sources();
    const unused = [...english.keys()].filter((path) => {
      const parts = path.split('.');
      const key = parts.at(-1)!;
      if (parts.slice(0, -1).some((group) => LOOKUPS.includes(group))) {
        return !parts.some((group) => code.includes(`.${group}[`));
      }
      // `status_Active` is read as `status_${member.status}`.
      const prefix = key.includes('_') ? `${key.split('_')[0]}_\${` : null;
      return !code.includes(`.${key}`) && !(prefix && code.includes(prefix));
    });
    assert.deepEqual(unused, []);
  });

  it('counts with each language’s plural rules', () => {
    const sessions = (n: number) => ar.session.revokedAll(n);
    const arabic = [0, 1, 2, 3, 11, 100].map(sessions);
    assert.equal(new Set(arabic).size, 6, 'Arabic has six forms');
    assert.notEqual(en.invite.sent(1), en.invite.sent(2));
    assert.match(fr.invite.sent(2), /2/);
    assert.match(ja.session.revokedAll(3), /3/);
  });

  it('knows which languages are written right to left', () => {
    assert.equal(directionOf('ar-EG'), 'rtl');
    assert.equal(directionOf('he'), 'rtl');
    assert.equal(directionOf('fr-CA'), undefined);
  });
});
