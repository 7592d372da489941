/**
 * Fuzzes the local Widgets API over HTTP: starts the real server on
 * 127.0.0.1 with an in-memory store and no effective rate limit, sends
 * `requests` generated requests (see fuzz-requests.ts), and checks every
 * answer:
 *
 * - no 5xx: none is deliberate, so any is a failure;
 * - the server logs no error and no resolver fails ("Unexpected error.");
 * - no body or header shows a stack trace, an internal path, a SQLite error
 *   or a JavaScript error message;
 * - a body whose content type says JSON parses as JSON;
 * - every request is answered within 15 s, and the connection is closed only
 *   where the request was oversized;
 * - nothing is thrown outside a request (uncaught exceptions, unhandled
 *   rejections), and the server still answers at the end;
 * - memory stays bounded. Measured after garbage collection at the end of the
 *   warm-up (a tenth of the run, at most 200 requests), half-way and at the
 *   end: from warm-up to end the heap grows by at most HEAP_GROWTH_LIMIT_MB
 *   and the resident set by at most RSS_GROWTH_LIMIT_MB, room for GraphQL
 *   Yoga's parse and validation caches (1,024 documents each, up to the body
 *   limit in size); and in a run of LATE_CHECK_REQUESTS or more, when those
 *   caches are full by half-way, the heap grows by at most
 *   LATE_HEAP_GROWTH_LIMIT_MB over the second half: a leak keeps growing.
 *
 * The same seed gives the same requests, in the same order, so a failure is
 * reproduced by running again with its seed.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSchema } from 'graphql';
import { pino } from 'pino';
import { startServer } from '../../server/app.js';
import { readConfig, type Config } from '../../server/config.js';
import { SCHEMA_PATH } from '../../server/graphql/schema.js';
import { printTable } from '../../bench/lib/report.js';
import type { Pools } from './fuzz-documents.js';
import { RequestGenerator, type RequestSpec, type Target } from './fuzz-requests.js';
import { Random } from './random.js';

export const HEAP_GROWTH_LIMIT_MB = 128;
export const RSS_GROWTH_LIMIT_MB = 256;
export const LATE_HEAP_GROWTH_LIMIT_MB = 16;
export const LATE_CHECK_REQUESTS = 4_000;

const TIMEOUT_MS = 15_000;
const ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];
const API_KEY = 'sk_test_fuzz';
const ADMIN_EMAIL = 'marisol.vega@acme.example';
const MEMBER_EMAIL = 'theo.nakamura@acme.example';

export interface FuzzOptions {
  requests: number;
  seed: number | string;
  /** Receives a progress line now and then. */
  log?: (line: string) => void;
}

export interface Failure {
  index: number;
  kind: string;
  request: string;
  status: number | null;
  problem: string;
  excerpt: string;
}

interface Memory {
  rssMb: number;
  heapUsedMb: number;
}

export interface FuzzReport {
  seed: string;
  requests: number;
  durationMs: number;
  byStatus: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  /** Admin tokens minted again after a fuzzed mutation ended the session. */
  tokenRenewals: number;
  /** Every `__typename` answered: how far into the resolvers the requests got. */
  typenames: string[];
  memory: {
    gc: boolean;
    before: Memory;
    middle: Memory;
    after: Memory;
    peakRssMb: number;
    heapGrowthMb: number;
    rssGrowthMb: number;
    lateHeapGrowthMb: number;
  };
  failures: Failure[];
}

/** What a response showed: its status, content type and body as text. */
interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  headers: string;
}

/** Runs the fuzzer against a fresh server and reports what it saw. */
export async function fuzz({ requests, seed, log = () => {} }: FuzzOptions): Promise<FuzzReport> {
  const errors: string[] = [];
  const config = fuzzConfig();
  const server = await startServer({ config, logger: capturingLogger(errors) });
  const stray: string[] = [];
  const unwatch = watchProcess(stray);
  try {
    const target = await prepareTarget(server.url, config);
    const run = new Run(server.url, target, new Random(seed), errors, stray);
    const report = await run.all(requests, log);
    await run.checkAlive();
    return { ...report, seed: String(seed) };
  } finally {
    unwatch();
    await server.close();
  }
}

/** The server's settings: in-memory, on a free port of 127.0.0.1, never throttled. */
function fuzzConfig(): Config {
  return readConfig({
    WIDGETS_API_KEY: API_KEY,
    WIDGETS_DB: ':memory:',
    API_HOST: '127.0.0.1',
    API_PORT: '0',
    WIDGETS_ALLOWED_ORIGINS: ORIGINS.join(','),
    WIDGETS_RATE_LIMIT: '1000000',
    WIDGETS_TOKEN_TTL: '86400',
  });
}

/** A logger that keeps the server's errors for the checks and prints nothing. */
function capturingLogger(errors: string[]) {
  return pino(
    { level: 'error' },
    {
      write(line: string) {
        errors.push(line);
      },
    },
  );
}

/** Records what escapes every request: uncaught exceptions and unhandled rejections. */
function watchProcess(stray: string[]) {
  const record = (error: unknown) => stray.push(String((error as Error)?.stack ?? error));
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return () => {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  };
}

class Run {
  private readonly generator: RequestGenerator;
  private readonly failures: Failure[] = [];
  private readonly byStatus: Record<string, number> = {};
  private readonly byKind: Record<string, Record<string, number>> = {};
  private tokenRenewals = 0;
  private readonly typenames = new Set<string>();
  private peakRss = 0;

  constructor(
    private readonly url: string,
    private readonly target: Target,
    random: Random,
    private readonly errors: string[],
    private readonly stray: string[],
  ) {
    const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    this.generator = new RequestGenerator(schema, random, target);
  }

  async all(requests: number, log: (line: string) => void) {
    const collect = collector();
    const warmup = Math.min(200, Math.floor(requests / 10));
    const half = Math.floor(requests / 2);
    let before = await measureMemory(collect);
    let middle = before;
    let paused = 0;
    const started = performance.now();

    for (let index = 0; index < requests; index++) {
      await this.one(index, this.generator.next());
      const done = index + 1;
      if (done % 50 === 0) this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());

      // Collections are kept out of the duration.
      const pause = performance.now();
      if (done === warmup) before = await measureMemory(collect);
      if (done === half) middle = await measureMemory(collect);
      if (done % 1_000 === 0) log(await progress(done, requests, collect));
      paused += performance.now() - pause;
    }

    const durationMs = performance.now() - started - paused;
    const after = await measureMemory(collect);
    const memory = {
      gc: Boolean(collect),
      before,
      middle,
      after,
      peakRssMb: mb(this.peakRss),
      heapGrowthMb: round(after.heapUsedMb - before.heapUsedMb),
      rssGrowthMb: round(after.rssMb - before.rssMb),
      lateHeapGrowthMb: round(after.heapUsedMb - middle.heapUsedMb),
    };
    this.checkMemory(requests, memory);
    return {
      requests,
      durationMs: Math.round(durationMs),
      byStatus: this.byStatus,
      byKind: this.byKind,
      tokenRenewals: this.tokenRenewals,
      typenames: [...this.typenames].sort(),
      memory,
      failures: this.failures,
    };
  }

  /** Sends one request, counts its status and records any problem with the answer. */
  private async one(index: number, spec: RequestSpec) {
    const errorsBefore = this.errors.length;
    const strayBefore = this.stray.length;
    let answer: Answer | null = null;
    let problems: string[];
    try {
      answer = await send(this.url, spec);
      problems = inspect(spec, answer);
    } catch (error) {
      problems = spec.mayDrop && !isTimeout(error) ? [] : [describeError(error)];
    }

    // Errors logged or thrown while this request was in flight are its own.
    for (const line of this.errors.slice(errorsBefore)) problems.push(`server logged: ${line}`);
    for (const stack of this.stray.slice(strayBefore)) problems.push(`escaped: ${stack}`);

    for (const [, name] of answer?.text.matchAll(/"__typename":"(\w+)"/g) ?? []) {
      this.typenames.add(name!);
    }
    const status = answer ? String(answer.status) : 'closed';
    this.count(spec.kind, status);
    for (const problem of problems) {
      this.failures.push({
        index,
        kind: spec.kind,
        request: summarize(spec),
        status: answer?.status ?? null,
        problem,
        excerpt: answer?.text.slice(0, 300) ?? '',
      });
    }
    if (answer?.status === 401 && spec.auth === 'admin') await this.renewAdminToken();
  }

  private count(kind: string, status: string) {
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    const kinds = (this.byKind[kind] ??= {});
    kinds[status] = (kinds[status] ?? 0) + 1;
  }

  /** A fuzzed mutation can end the admin's session; carry on with a new token. */
  private async renewAdminToken() {
    this.target.adminToken = await mint(this.url, this.target.apiKey, {
      organization_id: this.target.organizationId,
      user_id: this.target.adminId,
    });
    this.tokenRenewals++;
  }

  private checkMemory(requests: number, memory: FuzzReport['memory']) {
    const problems: string[] = [];
    if (memory.heapGrowthMb > HEAP_GROWTH_LIMIT_MB) {
      problems.push(`the heap grew by ${memory.heapGrowthMb} MB (bound ${HEAP_GROWTH_LIMIT_MB})`);
    }
    if (memory.rssGrowthMb > RSS_GROWTH_LIMIT_MB) {
      problems.push(`the RSS grew by ${memory.rssGrowthMb} MB (bound ${RSS_GROWTH_LIMIT_MB})`);
    }
    const late = requests >= LATE_CHECK_REQUESTS ? memory.lateHeapGrowthMb : 0;
    if (late > LATE_HEAP_GROWTH_LIMIT_MB) {
      problems.push(
        `the heap grew by ${late} MB over the second half (bound ${LATE_HEAP_GROWTH_LIMIT_MB})`,
      );
    }
    for (const problem of problems) {
      this.failures.push({
        index: requests,
        kind: 'memory',
        request: '',
        status: null,
        problem,
        excerpt: '',
      });
    }
  }

  /** The server must still answer a plain query once the fuzzing is over. */
  async checkAlive() {
    const token = await mint(this.url, this.target.apiKey, {
      organization_id: this.target.organizationId,
      user_id: this.target.adminId,
    });
    const answer = await send(this.url, {
      kind: 'operation',
      method: 'POST',
      path: '/client/graphql',
      headers: {
        authorization: `Bearer ${token}`,
        origin: ORIGINS[0]!,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    if (answer.status !== 200 || !answer.text.includes(ADMIN_EMAIL)) {
      throw new Error(`The server no longer answers: ${answer.status} ${answer.text}`);
    }
  }
}

/** Sends the request over fetch, or its raw bytes over a socket. */
async function send(base: string, spec: RequestSpec): Promise<Answer> {
  if (spec.raw !== undefined) return sendRaw(base, spec.raw);

  const response = await fetch(`${base}${spec.path}`, {
    method: spec.method,
    headers: spec.headers,
    body: spec.body instanceof Uint8Array ? new Uint8Array(spec.body) : spec.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    headers: [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n'),
  };
}

/** Writes bytes to the server and reads until it closes the connection. */
function sendRaw(base: string, raw: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('timeout: no answer')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      if (!status) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 80))}`));
      // The body is checked for leaks only: it may be chunked.
      resolve({ status: Number(status), contentType: null, text, headers: '' });
    });
    socket.end(Buffer.from(raw, 'latin1'));
  });
}

/** What must never show in an answer, with what it would reveal. */
const LEAKS: [RegExp, string][] = [
  [/\/work\//, 'an internal path'],
  [/node_modules/, 'a dependency path'],
  [/\bat (?:async )?\S*\s?\(?(?:file:|node:|\/)\S*:\d+:\d+/, 'a stack frame'],
  [/\n\s+at \S/, 'a stack trace'],
  [/\.(?:ts|js|mjs|cjs):\d+(?::\d+)?\b/, 'a source location'],
  [/SQLITE_[A-Z]+|SqliteError|no such (?:table|column)|\bsqlite/i, 'a SQLite error'],
  [/Cannot read properties|is not a function|Maximum call stack|is not iterable/, 'a JS error'],
  [/\b(?:TypeError|RangeError|ReferenceError):/, 'a JavaScript error name'],
  [/Unexpected error\./, 'a masked internal error'],
];

/** Problems with one answer. */
function inspect(spec: RequestSpec, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);

  const seen = `${answer.headers}\n${answer.text}`;
  for (const [pattern, what] of LEAKS) {
    const match = pattern.exec(seen);
    if (match) problems.push(`shows ${what}: ${JSON.stringify(match[0])}`);
  }

  // HEAD answers carry the headers of a GET without its body.
  if (answer.contentType?.includes('json') && answer.status !== 204 && spec.method !== 'HEAD') {
    try {
      JSON.parse(answer.text);
    } catch {
      problems.push(`claims ${answer.contentType} but is not JSON`);
    }
  }
  return problems;
}

function isTimeout(error: unknown) {
  const name = (error as Error)?.name;
  return name === 'TimeoutError' || /timeout/i.test(String((error as Error)?.message));
}

function describeError(error: unknown) {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (isTimeout(error)) return `no answer within ${TIMEOUT_MS / 1000} s`;
  return `connection failed: ${String((error as Error)?.message)} ${cause?.code ?? ''}`.trim();
}

/** The request in a line, enough to see what it was. */
function summarize(spec: RequestSpec) {
  if (spec.raw !== undefined) return `RAW ${JSON.stringify(spec.raw.slice(0, 160))}`;
  const body =
    typeof spec.body === 'string' ? spec.body : spec.body ? `<${spec.body.length} bytes>` : '';
  const headers = Object.entries(spec.headers)
    .map(([name, value]) => `${name}: ${value.length > 60 ? `${value.slice(0, 60)}…` : value}`)
    .join('; ');
  return `${spec.method} ${spec.path.slice(0, 200)} [${headers}] ${body.slice(0, 400)}`;
}

/** The admin's and member's tokens, an elevated access token, and IDs to use. */
async function prepareTarget(url: string, config: Config): Promise<Target> {
  const fixtures = (await (await fetch(`${url}/dev/fixtures`)).json()) as {
    organizations: { id: string; name: string; users: { id: string; email: string }[] }[];
  };
  const acme = fixtures.organizations.find((o) => o.name === 'Acme')!;
  const userId = (email: string) => acme.users.find((u) => u.email === email)!.id;
  const adminId = userId(ADMIN_EMAIL);
  const memberId = userId(MEMBER_EMAIL);
  const mintFor = (user_id: string) =>
    mint(url, config.apiKey, { organization_id: acme.id, user_id });

  const adminToken = await mintFor(adminId);
  const call = (query: string, variables = {}) => graphql(url, adminToken, query, variables);
  const everyone = fixtures.organizations.flatMap((o) => o.users);
  const pools: Pools = {
    // The admin is left out, so that the fuzzer cannot remove or demote itself.
    userIds: everyone.map((u) => u.id).filter((id) => id !== adminId),
    emails: everyone.map((u) => u.email),
    organizationIds: fixtures.organizations.map((o) => o.id),
    roleSlugs: ((await call('{ roles { roles { slug } } }')).roles.roles as { slug: string }[]).map(
      (role) => role.slug,
    ),
    passkeyIds: ((await call('{ passkeys { id } }')).passkeys as { id: string }[]).map((p) => p.id),
    challengeIds: [],
    registrationChallenges: [],
    elevatedTokens: [],
  };
  await elevate(url, call, pools);

  return {
    origins: ORIGINS,
    apiKey: config.apiKey,
    adminToken,
    memberToken: await mintFor(memberId),
    organizationId: acme.id,
    adminId,
    memberId,
    bodyLimit: config.bodyLimitBytes,
    pools,
  };
}

type Call = (query: string, variables?: object) => Promise<any>;

/** Goes through email verification for a real elevated token and real challenge IDs. */
async function elevate(url: string, call: Call, pools: Pools) {
  const sent = (
    await call(
      `mutation { sendVerificationCode {
        ... on VerificationCodeSent { id: authenticationChallengeId } } }`,
    )
  ).sendVerificationCode as { id: string };
  const outbox = (await (await fetch(`${url}/dev/outbox?to=${ADMIN_EMAIL}`)).json()) as {
    emails: { data: { code: string; authenticationChallengeId: string } }[];
  };
  const { code } = outbox.emails.find((e) => e.data.authenticationChallengeId === sent.id)!.data;
  const verified = await call(
    `mutation V($input: VerifyCurrentEmailInput!) { verifyCurrentEmail(input: $input) {
      ... on CurrentEmailVerified { elevatedAccessToken } } }`,
    { input: { authenticationChallengeId: sent.id, code } },
  );
  const elevated = verified.verifyCurrentEmail.elevatedAccessToken as string;
  pools.elevatedTokens.push(elevated);
  pools.challengeIds.push(sent.id);

  const input = { input: { elevatedAccessToken: elevated } };
  const passkey = await call(
    `mutation P($input: RegisterPasskeyInput!) { registerPasskey(input: $input) {
      ... on PasskeyRegistrationOptions { challengeId } } }`,
    input,
  );
  const totp = await call(
    `mutation T($input: EnrollTotpInput!) { enrollTotp(input: $input) {
      ... on TotpFactor { authenticationChallengeId } } }`,
    input,
  );
  pools.registrationChallenges.push(passkey.registerPasskey.challengeId);
  const totpChallenge = totp.enrollTotp.authenticationChallengeId;
  if (totpChallenge) pools.challengeIds.push(totpChallenge);
}

async function mint(url: string, apiKey: string, body: object): Promise<string> {
  const response = await fetch(`${url}/client/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`Minting a token failed with ${response.status}.`);
  return token;
}

async function graphql(url: string, token: string, query: string, variables: object) {
  const response = await fetch(`${url}/client/graphql`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      origin: ORIGINS[0]!,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`Setup query failed: ${JSON.stringify(body)}`);
  return body.data;
}

/**
 * `gc()`: given by `--expose-gc`, or else switched on now. Collecting before
 * each measurement keeps garbage not yet collected out of the figures.
 */
function collector(): (() => void) | undefined {
  const global = globalThis as { gc?: () => void };
  if (typeof global.gc === 'function') return global.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

async function measureMemory(collect: (() => void) | undefined): Promise<Memory> {
  for (let i = 0; i < 3 && collect; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: mb(rss), heapUsedMb: mb(heapUsed) };
}

async function progress(done: number, requests: number, collect: (() => void) | undefined) {
  const { heapUsedMb, rssMb } = await measureMemory(collect);
  return `${done} of ${requests} requests; heap ${heapUsedMb} MB, RSS ${rssMb} MB`;
}

function mb(bytes: number) {
  return round(bytes / 2 ** 20);
}

function round(value: number) {
  return Math.round(value * 10) / 10;
}

/** Prints the figures of a run: statuses, kinds, time and memory, then any failures. */
export function printReport(report: FuzzReport) {
  const seconds = report.durationMs / 1000;
  const statuses = Object.keys(report.byStatus).sort();
  printTable({
    title:
      `Fuzz: ${report.requests.toLocaleString('en')} requests, seed ${report.seed}, ` +
      `${seconds.toFixed(1)} s (${Math.round(report.requests / seconds)} req/s)`,
    columns: ['kind', 'requests', ...statuses],
    rows: [
      ...Object.entries(report.byKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, counts]) => [
          kind,
          sum(Object.values(counts)),
          ...statuses.map((status) => counts[status] ?? 0),
        ]),
      ['all', report.requests, ...statuses.map((status) => report.byStatus[status] ?? 0)],
    ],
    notes: [
      ...memoryNotes(report),
      `${report.typenames.length} distinct __typename values answered; admin token renewed ` +
        `${report.tokenRenewals} times; ${report.failures.length} failures.`,
    ],
  });
  for (const failure of report.failures.slice(0, 20)) {
    console.log(`\n#${failure.index} ${failure.kind} → ${failure.status}: ${failure.problem}`);
    console.log(`  request: ${failure.request}`);
    if (failure.excerpt) console.log(`  answer: ${failure.excerpt}`);
  }
}

function memoryNotes({ memory, requests }: FuzzReport) {
  const { before, middle, after } = memory;
  const unchecked = requests >= LATE_CHECK_REQUESTS ? '' : ', not checked in so short a run';
  return [
    `Memory${memory.gc ? ' after gc' : ' (no gc available)'} at warm-up / half-way / end: ` +
      `heap ${before.heapUsedMb} / ${middle.heapUsedMb} / ${after.heapUsedMb} MB, ` +
      `RSS ${before.rssMb} / ${middle.rssMb} / ${after.rssMb} MB; peak RSS ${memory.peakRssMb} MB.`,
    `Growth: heap ${signed(memory.heapGrowthMb)} MB (bound +${HEAP_GROWTH_LIMIT_MB}), ` +
      `RSS ${signed(memory.rssGrowthMb)} MB (bound +${RSS_GROWTH_LIMIT_MB}), heap over the ` +
      `second half ${signed(memory.lateHeapGrowthMb)} MB ` +
      `(bound +${LATE_HEAP_GROWTH_LIMIT_MB}${unchecked}).`,
  ];
}

function sum(values: number[]) {
  return values.reduce((total, value) => total + value, 0);
}

function signed(value: number) {
  return `${value >= 0 ? '+' : ''}${value}`;
}
