import { readFileSync, writeFileSync } from 'node:fs';
import { readElements } from './manifest.js';

/**
 * Writes the README's reference of every element (attributes, properties,
 * events, parts, custom properties, slots) from custom-elements.json, between
 * the two marker comments, so the README cannot drift from the code.
 * `--check` fails instead of writing when the README is out of date.
 */
interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  kind?: string;
  attribute?: string;
  static?: boolean;
}

interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}

const START = '<!-- api-reference:start -->';
const END = '<!-- api-reference:end -->';

const elements = readElements<Declaration>();

const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined)
  throw new Error(`README.md needs ${START} and ${END}`);

const updated = `${before}${START}\n${elements.map(section).join('\n')}${END}${after}`;
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write('README.md is out of date: run npm run build, then npm run docs.\n');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', updated);
}

function section(element: Declaration) {
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static,
  );
  const tables = [
    table(['Attribute', 'description', 'type', 'default'], element.attributes, (a) => [
      code(a.name),
      type(a),
      a.default ?? '',
    ]),
    table(['Property', 'description', 'type', 'attribute'], properties, (p) => [
      code(p.name),
      type(p),
      p.attribute ? code(p.attribute) : '',
    ]),
    table(['Event', 'description', 'type'], element.events, (e) => [code(e.name), type(e)]),
    table(['Part', 'description'], element.cssParts, (p) => [code(p.name)]),
    table(['Custom property', 'description'], element.cssProperties, (p) => [code(p.name)]),
    table(['Slot', 'description'], element.slots, (s) => [s.name ? code(s.name) : '(default)']),
  ].filter(Boolean);

  return [`### \`<${element.tagName}>\``, element.summary ?? '', ...tables].join('\n\n') + '\n';
}

/** A table of one kind of entry, the description second; nothing when there is none. */
function table(
  headings: string[],
  rows: Described[] | undefined,
  cells: (row: Described) => string[],
) {
  if (!rows?.length) return '';
  const lines = rows.map((row) => {
    const [name, ...rest] = cells(row);
    return `| ${[name, escape(row.description ?? ''), ...rest.map(escape)].join(' | ')} |`;
  });
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...lines,
  ].join('\n');
}

function code(text: string) {
  return `\`${text}\``;
}

function type(entry: Described) {
  return entry.type ? code(entry.type.text) : '';
}

function escape(text: string) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
