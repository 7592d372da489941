/**
 * Load test of the members table. Serves the API in-process on 127.0.0.1
 * with an in-memory store of 10,000 seeded members, then measures with
 * autocannon, one after another against the same server: a page of the
 * members table, the same page filtered by a search, and a trivial query as
 * the baseline. Prints a table and writes the same results as JSON to
 * `bench/results/api.json`.
 *
 * BENCH_SECONDS sets how long each workload is measured (default 5), after a
 * one-second warm-up. The process fails if any response was not a 200, so
 * that no number comes from errors.
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { startServer } from '../server/app.js';
import { DEFAULT_ORIGINS, readConfig, type Config } from '../server/config.js';
import { change, printTable, saveResults } from './lib/report.js';

const MEMBERS = 10_000;
const CONNECTIONS = 10;
const WARMUP_SECONDS = 1;
const PAGE_SIZE = 25;
const ORIGIN = DEFAULT_ORIGINS[0]!;
const ADMIN_EMAIL = 'marisol.vega@acme.example';

const MEMBER_PAGE = `data {
    id email firstName lastName profilePictureUrl status lastActivityAt roles { slug name }
  }
  listMetadata { after before }`;

interface Workload {
  name: string;
  query: string;
  /** The rows each response must hold, for a query that returns a page. */
  pageSize?: number;
  /** The workload the others are compared with. */
  baseline?: boolean;
}

const WORKLOADS: Workload[] = [
  {
    name: 'members, page of 25',
    query: `{ organizationMemberships(limit: ${PAGE_SIZE}) { ${MEMBER_PAGE} } }`,
    pageSize: PAGE_SIZE,
  },
  {
    name: 'members, search "ana"',
    query: `{ organizationMemberships(limit: ${PAGE_SIZE}, search: "ana") { ${MEMBER_PAGE} } }`,
    pageSize: PAGE_SIZE,
  },
  {
    name: 'members, search "marisol" (1 match)',
    query: `{ organizationMemberships(limit: ${PAGE_SIZE}, search: "marisol") { ${MEMBER_PAGE} } }`,
  },
  { name: 'trivial { __typename }', query: '{ __typename }', baseline: true },
];

interface Target {
  url: string;
  token: string;
}

interface Measurement {
  workload: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses other than 200, connection errors and timeouts. */
  failures: number;
  baseline: boolean;
}

interface Fixtures {
  organizations: { id: string; name: string; users: { id: string; email: string }[] }[];
}

export async function main() {
  const seconds = readSeconds(process.env.BENCH_SECONDS);
  const config = benchConfig();
  const logger = pino({ level: 'silent' });
  const server = await startServer({ config, logger });

  try {
    const target = {
      url: `${server.url}/client/graphql`,
      token: await adminToken(server.url, config.apiKey),
    };
    const measurements: Measurement[] = [];
    for (const workload of WORKLOADS) {
      measurements.push(await measure(target, workload, seconds));
    }

    return report(measurements, seconds);
  } finally {
    await server.close();
  }
}

function readSeconds(raw: string | undefined) {
  if (raw === undefined || raw === '') return 5;

  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3_600) {
    throw new Error(`BENCH_SECONDS: expected a whole number from 1 to 3600, got "${raw}"`);
  }
  return seconds;
}

/** A fresh in-memory store on a free port of 127.0.0.1, never throttled. */
function benchConfig(): Config {
  return readConfig({
    WIDGETS_DB: ':memory:',
    API_HOST: '127.0.0.1',
    API_PORT: '0',
    WIDGETS_SEED_MEMBERS: String(MEMBERS),
    WIDGETS_RATE_LIMIT: '1000000',
    WIDGETS_TOKEN_TTL: '86400',
  });
}

/** A widget token for Acme's admin, found by email in the seeded fixtures. */
async function adminToken(baseUrl: string, apiKey: string) {
  const fixtures = (await (await fetch(`${baseUrl}/dev/fixtures`)).json()) as Fixtures;
  const acme = fixtures.organizations.find((organization) => organization.name === 'Acme');
  const admin = acme?.users.find((user) => user.email === ADMIN_EMAIL);
  if (!acme || !admin) throw new Error(`The seed has no ${ADMIN_EMAIL} in Acme.`);

  const response = await fetch(`${baseUrl}/client/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ organization_id: acme.id, user_id: admin.id }),
  });
  const body = (await response.json()) as { token?: string };
  if (response.status !== 201 || !body.token) {
    throw new Error(`Minting a token failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return body.token;
}

/** Checks one answer, warms up, then measures the workload. */
async function measure(target: Target, workload: Workload, seconds: number): Promise<Measurement> {
  const request = graphqlRequest(target, workload);
  await checkAnswer(target, request, workload);
  process.stderr.write(`measuring ${workload.name} for ${seconds} s\n`);

  // One worker thread fires the requests, so that the load generator does not share the
  // server's event loop.
  const load = { url: target.url, ...request, connections: CONNECTIONS, workers: 1 };
  await autocannon({ ...load, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...load, duration: seconds });

  return {
    workload: workload.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + otherThan200(result),
    baseline: workload.baseline ?? false,
  };
}

function graphqlRequest(target: Target, workload: Workload) {
  return {
    method: 'POST' as const,
    headers: {
      authorization: `Bearer ${target.token}`,
      origin: ORIGIN,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: workload.query }),
  };
}

/**
 * A GraphQL error can come with a 200, which autocannon would count as a
 * success: one request is checked in full before the workload is measured.
 */
async function checkAnswer(
  target: Target,
  request: ReturnType<typeof graphqlRequest>,
  workload: Workload,
) {
  const response = await fetch(target.url, request);
  const body = (await response.json()) as {
    data?: { organizationMemberships?: { data: unknown[] } };
    errors?: unknown[];
  };
  const rows = body.data?.organizationMemberships?.data.length;
  const complete = workload.pageSize === undefined || rows === workload.pageSize;

  if (response.status !== 200 || body.errors || !body.data || !complete) {
    throw new Error(
      `${workload.name}: unexpected answer (${response.status}): ${JSON.stringify(body)}`,
    );
  }
}

function otherThan200(result: autocannon.Result) {
  return Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => status !== '200')
    .reduce((sum, [, stats]) => sum + (stats.count ?? 0), 0);
}

/** Prints the table; writes the JSON when every response was a 200. */
function report(measurements: Measurement[], seconds: number) {
  const baseline = measurements.find((m) => m.baseline)!.requestsPerSecond;
  const rows = measurements.map((m) => ({ ...m, ratio: m.requestsPerSecond / baseline }));

  const failures = rows.reduce((sum, row) => sum + row.failures, 0);
  if (failures > 0) {
    printResults(rows, seconds, undefined);
    console.error(`${failures} responses were not a 200: the numbers above are not valid.`);
    return 1;
  }

  printResults(rows, seconds, writeResults(rows, seconds));
  return 0;
}

type Row = Measurement & { ratio: number };

function printResults(rows: Row[], seconds: number, previous: Row[] | undefined) {
  const before = new Map(previous?.map((row) => [row.workload, row.requestsPerSecond]));
  printTable({
    title:
      `API: ${MEMBERS.toLocaleString('en')} members, ${CONNECTIONS} connections, ` +
      `${seconds} s per workload after ${WARMUP_SECONDS} s of warm-up`,
    columns: ['workload', 'req/s', 'p50 ms', 'p99 ms', 'vs trivial', 'vs last run'],
    rows: rows.map((row) => [
      row.workload,
      row.requestsPerSecond.toFixed(0),
      row.p50Ms,
      row.p99Ms,
      row.ratio.toFixed(2),
      change(row.requestsPerSecond, before.get(row.workload)),
    ]),
    notes: ['autocannon against the API in this process; every response checked to be a 200.'],
  });
}

function writeResults(rows: Row[], seconds: number) {
  const previous = saveResults('api', {
    members: MEMBERS,
    connections: CONNECTIONS,
    seconds,
    warmupSeconds: WARMUP_SECONDS,
    workloads: rows,
  });
  return previous?.workloads;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
