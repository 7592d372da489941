/**
 * `npm run bench:readme`: writes the README's Performance tables from the
 * last run's bench/results/*.json, between `<!-- bench:start -->` and
 * `<!-- bench:end -->`, so the figures there are a run's and not typed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Run as FirstDataRun } from './first-data.js';
import type { Stamp } from './lib/report.js';
import { kb } from './lib/report.js';
import type { SizeRow } from './size.js';

const README = new URL('../README.md', import.meta.url);
const results = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`results/${name}.json`, import.meta.url), 'utf8')) as T & Stamp;

const size = results<{ rows: SizeRow[] }>('size');
const firstData = results<{
  results: (Omit<FirstDataRun, 'firstDataMs'> & { scenario: string; firstDataMs: number | null })[];
}>('first-data');
const largeOrg = results<{ summary: Record<string, number> }>('large-org');
const api = results<{
  workloads: { workload: string; requestsPerSecond: number; p50Ms: number; p99Ms: number }[];
}>('api');

const times = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const { cpu, cpus, memoryGiB, node } = size.machine;
const workos = firstData.results.find((row) => row.scenario.startsWith('WorkOS'))!;
const org = largeOrg.summary;
const perPageKB = (((org.heapAfter200NewMB! - org.heapAfter200MB!) * 1024) / 200).toFixed(0);

const section = `Figures from one \`npm run bench\` on ${cpu}, ${cpus} CPUs, ${memoryGiB} GiB,
Node ${node.slice(1)}, Debian's Chromium, ${size.date.slice(0, 10)}.

${table(
  ['what a page loads', 'gzip KB up front', 'on demand', 'WorkOS (React + CSS)', 'ratio'],
  size.rows.map((row) => [
    row.name,
    kb(row.ours.gzip),
    row.ours.onDemandGzip ? `+${kb(row.ours.onDemandGzip)}` : '',
    row.workos ? `${kb(row.workos.weight.gzip)} (${row.workos.name})` : '',
    row.workos ? times(row.ours.gzip, row.workos.weight.gzip) : '',
  ]),
)}

${table(
  [
    'first data, median of cold loads',
    'first render ms',
    'first data ms',
    'GraphQL requests',
    'token requests',
    'script ms',
    'script vs WorkOS',
  ],
  firstData.results.map((row) => [
    row.scenario,
    row.firstRenderMs,
    row.firstDataMs ?? '',
    row === workos ? '' : `${row.graphqlRequests} (floor ${row.distinctOperations})`,
    row === workos ? '' : row.tokenRequests,
    row.scriptMs,
    row === workos ? '' : times(row.scriptMs, workos.scriptMs),
  ]),
)}

${table(
  ['10,000 members', 'ms'],
  [
    ['first page, from navigation', org.firstPageMs!.toFixed(0)],
    ['search result, from the keystroke (250 ms of it debounce)', org.searchMs!.toFixed(0)],
    [
      `to page 50: 49 turns, ${(org.forward50Ms! / 49).toFixed(0)} ms each`,
      org.forward50Ms!.toFixed(0),
    ],
    [
      `back to page 1 from the cache: ${(org.back50Ms! / 49).toFixed(0)} ms a turn, about a frame`,
      org.back50Ms!.toFixed(0),
    ],
    ['render of a 100-row page', org.render100Ms!.toFixed(1)],
    ['update with the 100 rows unchanged', org.rerender100Ms!.toFixed(1)],
  ],
)}

Heap after 10 page turns ${org.heapAfter10MB!.toFixed(1)} MB, after 200 over the same pages
${org.heapAfter200MB!.toFixed(1)} MB (the bound is 0.5 MB of growth), after 200 more new pages
${org.heapAfter200NewMB!.toFixed(1)} MB: the client's document cache keeps each page seen,
about ${perPageKB} KB, until a change to members clears it.

${table(
  ['API, 10 connections', 'req/s', 'p50 ms', 'p99 ms'],
  api.workloads.map((row) => [
    row.workload,
    row.requestsPerSecond.toFixed(0),
    row.p50Ms,
    row.p99Ms,
  ]),
)}`;

const readme = readFileSync(README, 'utf8');
const start = '<!-- bench:start -->\n';
const end = '\n<!-- bench:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
if (!readme.includes(start) || !readme.includes(end))
  throw new Error('README has no bench markers.');
writeFileSync(README, `${before}\n${section}\n${after}`);
