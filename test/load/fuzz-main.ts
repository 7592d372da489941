/**
 * `npm run test:fuzz`: fuzzes the API with FUZZ_REQUESTS requests (default
 * 10,000) from the seed FUZZ_SEED (default: a new one, printed). Exits with 1
 * on any failure; running again with the printed seed reproduces the run.
 */
import { fuzz, printReport } from './fuzz.js';

const requests = readRequests(process.env.FUZZ_REQUESTS);
const seed = process.env.FUZZ_SEED || String(Date.now() % 1_000_000_000);

console.log(`Fuzzing with ${requests} requests, FUZZ_SEED=${seed}`);
const report = await fuzz({ requests, seed, log: (line) => console.log(line) });
printReport(report);
if (report.failures.length) {
  console.error(`\n${report.failures.length} failures: reproduce with FUZZ_SEED=${seed}.`);
  process.exitCode = 1;
}

function readRequests(raw: string | undefined) {
  if (raw === undefined || raw === '') return 10_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`FUZZ_REQUESTS: expected a whole number above 0, got "${raw}"`);
  }
  return value;
}
