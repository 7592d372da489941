/**
 * `npm run bench`: every benchmark, one after another, after a build. Each
 * prints its table and writes its JSON to bench/results/, where the last
 * run's figures stay for the next run (and `git diff`) to compare with.
 */
import { main as api } from './api.js';
import { main as firstData } from './first-data.js';
import { main as largeOrg } from './large-org.js';
import { machine } from './lib/report.js';
import { main as size } from './size.js';

const { cpu, cpus, memoryGiB, node } = machine();
console.log(`Machine: ${cpu}, ${cpus} CPUs, ${memoryGiB} GiB, Node ${node}`);

let failed = 0;
for (const [name, bench] of [
  ['size', size],
  ['first data', firstData],
  ['large organization', largeOrg],
  ['API', api],
] as const) {
  const code = await bench();
  if (code !== 0) {
    console.error(`The ${name} benchmark failed.`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
