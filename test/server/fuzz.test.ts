import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzz, printReport } from '../load/fuzz.js';

/** Fixed, so that the suite is the same on every run; `npm run test:fuzz` varies it. */
const SEED = 20_240_601;
const REQUESTS = 1_000;

describe('fuzzing the API', () => {
  it(`answers ${REQUESTS} generated requests without a 5xx, a leak or a crash`, async () => {
    const report = await fuzz({ requests: REQUESTS, seed: SEED });
    if (report.failures.length) printReport(report);

    assert.deepEqual(
      report.failures.map((f) => `#${f.index} ${f.kind}: ${f.problem}`),
      [],
      `reproduce with FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS} npm run test:fuzz`,
    );
    assert.equal(report.requests, REQUESTS);
    // Enough requests got past parsing and authentication to reach the resolvers.
    assert.ok(report.byStatus['200']! > REQUESTS / 5, JSON.stringify(report.byStatus));
    assert.ok(report.typenames.length > 20, report.typenames.join(', '));
  });
});
