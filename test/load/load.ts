/**
 * `npm run test:load`: the API under LOAD_CLIENTS concurrent clients (default
 * 200) for LOAD_SECONDS (default 30), in a process of its own on a SQLite file
 * in a temporary directory, as `npm run api` runs it.
 *
 * Each client holds its own widget token for Acme's admin, as a browser tab
 * would, and loops over a mix of reads (members pages, searches, pending
 * invitations, `me`) and writes (invitations to new addresses, role changes
 * of the members it owns, resends and revokes of its own invitations). Every
 * RACE_EVERY_MS, RACERS clients invite the same new address at the same
 * moment: exactly one must get `UserInvited`, the others
 * `InviteeAlreadyInvited`.
 *
 * Afterwards the API is asked what it holds: every acknowledged invitation
 * exactly once and in the state its client last left it, one invitation email
 * per invite or resend, each owned member with the role last given, no
 * duplicate member. Any error other than rate limiting (429, counted apart)
 * fails the run. Prints a table and writes the figures to
 * `bench/results/load.json`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable, saveResults } from '../../bench/lib/report.js';
import {
  CHILD_ORIGIN,
  childGraphql,
  childToken,
  startApiProcess,
  type ApiProcess,
} from '../server/api-process.js';
import { percentile, Random } from './random.js';

const SECONDS = readInt('LOAD_SECONDS', 30);
const CLIENTS = readInt('LOAD_CLIENTS', 200);
const RACERS = Math.min(50, CLIENTS);
const RACE_EVERY_MS = 2_000;
const SEED_MEMBERS = 1_000;
const ADMIN_EMAIL = 'marisol.vega@acme.example';
const SEARCHES = ['ana', 'vega', 'son', 'li', 'acme', 'marisol', 'zz', 'élodie', 'load-1'];

/** How often each client picks each kind of request, relative to the others. */
const MIX = {
  'members page': 28,
  'members search': 14,
  invitations: 12,
  me: 12,
  invite: 12,
  'role change': 10,
  resend: 6,
  revoke: 6,
};

type Kind = keyof typeof MIX | 'race invite';
const KINDS: Kind[] = [...(Object.keys(MIX) as Kind[]), 'race invite'];
const WRITES: Kind[] = ['invite', 'role change', 'resend', 'revoke', 'race invite'];

/** A request, and the check of its `data` that returns a problem or null. */
interface Operation {
  kind: Kind;
  query: string;
  variables?: Record<string, unknown>;
  check: (data: any) => string | null;
}

interface Invitation {
  email: string;
  userId: string;
  state: 'Pending' | 'Revoked';
  /** Invitation emails: one for the invite, one per resend. */
  sends: number;
}

/** What clients were told: the expected state of the store after the run. */
interface Ledger {
  invitations: Map<string, Invitation>;
  /** The role last given to each owned member, by user ID. */
  roles: Map<string, string>;
  races: { email: string; invited: number; alreadyInvited: number }[];
}

interface Setup {
  url: string;
  tokens: string[];
  roleSlugs: string[];
  /** Members each client alone changes the role of, so the last change is known. */
  targets: string[][];
}

export async function main() {
  const directory = mkdtempSync(join(tmpdir(), 'widgets-load-'));
  let api: ApiProcess | undefined;
  try {
    api = await startApiProcess(join(directory, 'widgets.sqlite'), {
      WIDGETS_SEED_MEMBERS: String(SEED_MEMBERS),
      WIDGETS_TOKEN_TTL: '86400',
    });
    const setup = await prepare(api.url);
    const run = await drive(setup);
    const problems = [...run.stats.problems, ...(await verify(setup, run.ledger))];
    return report(run, problems);
  } catch (error) {
    if (api) console.error(api.output().split('\n').slice(-20).join('\n'));
    throw error;
  } finally {
    await api?.kill('SIGTERM');
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A token per client, the roles to give, and each client's own members. */
async function prepare(url: string): Promise<Setup> {
  const first = await childToken(url, ADMIN_EMAIL);
  const tokens = [first.token];
  for (let i = 1; i < CLIENTS; i++) tokens.push((await childToken(url, ADMIN_EMAIL)).token);

  const roles = await childGraphql(url, first.token, '{ roles { roles { slug } } }');
  const roleSlugs = (roles.body.data.roles.roles as { slug: string }[])
    .map((role) => role.slug)
    .filter((slug) => slug !== 'admin');

  const acme = first.fixtures.organizations.find((o) => o.id === first.organizationId)!;
  const members = acme.users.filter((user) => user.id !== first.userId);
  const targets = tokens.map((_, client) =>
    members.filter((_, i) => i % CLIENTS === client).map((user) => user.id),
  );
  return { url, tokens, roleSlugs, targets };
}

/** Latencies and outcomes per kind of request. */
class Stats {
  readonly latencies = new Map<Kind, number[]>(KINDS.map((kind) => [kind, []]));
  readonly errors = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  readonly throttled = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  readonly problems: string[] = [];

  record(kind: Kind, ms: number, outcome: 'ok' | 'throttled' | 'error', problem?: string) {
    this.latencies.get(kind)!.push(ms);
    if (outcome === 'throttled') this.throttled.set(kind, this.throttled.get(kind)! + 1);
    if (outcome !== 'error') return;
    this.errors.set(kind, this.errors.get(kind)! + 1);
    if (this.problems.length < 20) this.problems.push(`${kind}: ${problem}`);
  }
}

/** Runs every client and the races until the time is up. */
async function drive(setup: Setup) {
  const stats = new Stats();
  const ledger: Ledger = { invitations: new Map(), roles: new Map(), races: [] };
  const connect = (i: number) => new Connection(setup.url, setup.tokens[i % setup.tokens.length]!);
  const connections = setup.tokens.map((_, i) => connect(i));
  const racers = Array.from({ length: RACERS }, (_, i) => connect(i));
  try {
    // Every connection is opened before the clock starts: a saturated Node server
    // accepts new connections late (seconds, here), which would weigh on the first requests.
    await Promise.all([...connections, ...racers].map((c) => c.send('{ __typename }')));

    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    const clients = connections.map(
      (connection, index) => new Client(index, connection, setup, stats, ledger),
    );
    await Promise.all([
      ...clients.map((client) => client.run(deadline)),
      race(racers, stats, ledger, deadline),
    ]);
    return { stats, ledger, seconds: (performance.now() - started) / 1000 };
  } finally {
    for (const connection of [...connections, ...racers]) connection.close();
  }
}

/** One kept-alive HTTP connection with a token: what one browser tab holds. */
class Connection {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly endpoint: URL;

  constructor(
    url: string,
    private readonly token: string,
  ) {
    this.endpoint = new URL('/client/graphql', url);
  }

  send(query: string, variables: Record<string, unknown> = {}) {
    const body = JSON.stringify({ query, variables });
    const headers = {
      authorization: `Bearer ${this.token}`,
      origin: CHILD_ORIGIN,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    return new Promise<{ status: number; body: { data?: any; errors?: any } }>(
      (resolve, reject) => {
        const sent = request(
          this.endpoint,
          { method: 'POST', agent: this.agent, headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              try {
                resolve({
                  status: res.statusCode!,
                  body: JSON.parse(Buffer.concat(chunks).toString()),
                });
              } catch (error) {
                reject(error);
              }
            });
          },
        );
        sent.on('error', reject);
        sent.end(body);
      },
    );
  }

  close() {
    this.agent.destroy();
  }
}

/** One browser tab: a token, its own invitations and members, and a loop of requests. */
class Client {
  private readonly random: Random;
  private readonly own: Invitation[] = [];
  private cursor: string | null = null;
  private invited = 0;

  constructor(
    private readonly index: number,
    private readonly connection: Connection,
    private readonly setup: Setup,
    private readonly stats: Stats,
    private readonly ledger: Ledger,
  ) {
    this.random = new Random(`load-${index}`);
  }

  async run(deadline: number) {
    while (performance.now() < deadline) {
      await call(this.connection, this.next(), this.stats);
    }
  }

  private next(): Operation {
    const kind = this.random.weighted(MIX);
    const targets = this.setup.targets[this.index]!;
    if ((kind === 'resend' || kind === 'revoke') && this.own.length) return this[kind]();
    if (kind === 'role change' && targets.length) return this.roleChange(targets);
    if (kind === 'members page') return this.membersPage();
    if (kind === 'members search') return this.search();
    if (kind === 'invitations') return pendingInvitations();
    if (kind === 'invite') return this.invite();
    return me();
  }

  private membersPage(): Operation {
    return {
      kind: 'members page',
      query: `query Members($after: String) { organizationMemberships(limit: 25, after: $after) {
        data { id email firstName lastName status lastActivityAt roles { slug name } }
        listMetadata { after before } } }`,
      variables: { after: this.cursor },
      check: (data) => {
        const page = data.organizationMemberships;
        this.cursor = page.listMetadata.after;
        return page.data.length <= 25 ? null : `a page of ${page.data.length}`;
      },
    };
  }

  private search(): Operation {
    return {
      kind: 'members search',
      query: `query Search($search: String) { organizationMemberships(limit: 25, search: $search) {
        data { id email firstName lastName status roles { slug } } listMetadata { after } } }`,
      variables: { search: this.random.pick(SEARCHES) },
      check: (data) => (Array.isArray(data.organizationMemberships.data) ? null : 'no page'),
    };
  }

  private invite(): Operation {
    const email = `load-${this.index}-${this.invited++}@example.com`;
    return {
      kind: 'invite',
      query: `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) {
        __typename ... on UserInvited { invitation { userId email status } } } }`,
      variables: { input: { email } },
      check: (data) => {
        const result = data.inviteUser;
        if (result.__typename !== 'UserInvited') return `${email}: ${result.__typename}`;
        const invitation: Invitation = {
          email,
          userId: result.invitation.userId,
          state: 'Pending',
          sends: 1,
        };
        this.own.push(invitation);
        this.ledger.invitations.set(email, invitation);
        return null;
      },
    };
  }

  private resend(): Operation {
    const invitation = this.random.pick(this.own);
    return {
      kind: 'resend',
      query: `mutation Resend($input: ResendInvitationInput!) {
        resendInvitation(input: $input) { __typename } }`,
      variables: { input: { userId: invitation.userId } },
      check: (data) => {
        const typename = data.resendInvitation.__typename;
        if (typename !== 'InvitationResent') return `${invitation.email}: ${typename}`;
        invitation.state = 'Pending';
        invitation.sends++;
        return null;
      },
    };
  }

  private revoke(): Operation {
    const invitation = this.random.pick(this.own);
    const expected = invitation.state === 'Pending' ? 'InvitationRevoked' : 'InvitationNotPending';
    return {
      kind: 'revoke',
      query: `mutation Revoke($input: RevokeInvitationInput!) {
        revokeInvitation(input: $input) { __typename } }`,
      variables: { input: { userId: invitation.userId } },
      check: (data) => {
        const typename = data.revokeInvitation.__typename;
        if (typename !== expected) return `${invitation.email}: ${typename}, not ${expected}`;
        invitation.state = 'Revoked';
        return null;
      },
    };
  }

  private roleChange(targets: string[]): Operation {
    const userId = this.random.pick(targets);
    const slug = this.random.pick(this.setup.roleSlugs);
    return {
      kind: 'role change',
      query: `mutation Role($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) {
        __typename ... on MemberRoleUpdated { member { id roles { slug } } } } }`,
      variables: { input: { userId, roleSlugs: [slug] } },
      check: (data) => {
        const result = data.updateMemberRole;
        const roles = result.member?.roles.map((role: { slug: string }) => role.slug);
        if (result.__typename !== 'MemberRoleUpdated' || roles?.join() !== slug) {
          return `${userId}: ${result.__typename} ${roles}`;
        }
        this.ledger.roles.set(userId, slug);
        return null;
      },
    };
  }
}

function pendingInvitations(): Operation {
  return {
    kind: 'invitations',
    query: `{ invitations(limit: 25, status: Pending) {
      data { id userId email status roleSlug expiresAt } listMetadata { after } } }`,
    check: (data) => (Array.isArray(data.invitations.data) ? null : 'no page'),
  };
}

function me(): Operation {
  return {
    kind: 'me',
    query: '{ me { id email firstName lastName locale } }',
    check: (data) => (data.me.email === ADMIN_EMAIL ? null : `me is ${data.me.email}`),
  };
}

/**
 * Every RACE_EVERY_MS, RACERS clients invite one new address in the same
 * instant: one invitation must come of it, whoever wins.
 */
async function race(racers: Connection[], stats: Stats, ledger: Ledger, deadline: number) {
  for (let round = 0; performance.now() + RACE_EVERY_MS < deadline; round++) {
    await new Promise((resolve) => setTimeout(resolve, RACE_EVERY_MS));
    const email = `race-${round}@example.com`;
    const outcome = { email, invited: 0, alreadyInvited: 0 };
    const operation: Operation = {
      kind: 'race invite',
      query: `mutation Invite($input: InviteUserInput!) {
        inviteUser(input: $input) { __typename } }`,
      variables: { input: { email } },
      check: (data) => {
        const typename = data.inviteUser.__typename;
        if (typename === 'UserInvited') outcome.invited++;
        else if (typename === 'InviteeAlreadyInvited') outcome.alreadyInvited++;
        else return `${email}: ${typename}`;
        return null;
      },
    };
    await Promise.all(racers.map((racer) => call(racer, operation, stats)));
    ledger.races.push(outcome);
  }
}

/** Sends one operation and records its latency and outcome. */
async function call(connection: Connection, operation: Operation, stats: Stats) {
  const started = performance.now();
  try {
    const { status, body } = await connection.send(operation.query, operation.variables);
    const ms = performance.now() - started;
    if (status === 429) return stats.record(operation.kind, ms, 'throttled');
    if (status !== 200 || body.errors || !body.data) {
      return stats.record(operation.kind, ms, 'error', `${status} ${JSON.stringify(body)}`);
    }
    const problem = operation.check(body.data);
    stats.record(operation.kind, ms, problem ? 'error' : 'ok', problem ?? undefined);
  } catch (error) {
    stats.record(operation.kind, performance.now() - started, 'error', String(error));
  }
}

/** Asks the API what it holds, and compares with what the clients were told. */
async function verify(setup: Setup, ledger: Ledger): Promise<string[]> {
  const token = setup.tokens[0]!;
  const problems = [
    ...checkRaces(ledger),
    ...checkInvitations(ledger, await listAll(setup.url, token, 'invitations')),
    ...(await checkEmails(setup.url, ledger)),
    ...checkMembers(ledger, await listAll(setup.url, token, 'organizationMemberships')),
  ];
  return problems;
}

function checkRaces(ledger: Ledger) {
  return ledger.races
    .filter((race) => race.invited !== 1 || race.alreadyInvited !== RACERS - 1)
    .map((race) => `${race.email}: ${race.invited} UserInvited, ${race.alreadyInvited} already`);
}

function checkInvitations(ledger: Ledger, invitations: { email: string; status: string }[]) {
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const { email } of invitations) count.set(email, (count.get(email) ?? 0) + 1);

  for (const [email, n] of count) if (n > 1) problems.push(`${email}: ${n} invitations`);
  for (const race of ledger.races) {
    if (count.get(race.email) !== 1) problems.push(`${race.email}: not exactly one invitation`);
  }
  const status = new Map(invitations.map((i) => [i.email, i.status]));
  for (const invitation of ledger.invitations.values()) {
    const saved = status.get(invitation.email);
    if (saved !== invitation.state) {
      problems.push(`${invitation.email}: ${saved ?? 'missing'}, expected ${invitation.state}`);
    }
  }
  return problems;
}

/** One invitation email per acknowledged invite and resend: nothing lost, nothing twice. */
async function checkEmails(url: string, ledger: Ledger) {
  const expected = [
    ...[...ledger.invitations.values()].map((i) => [i.email, i.sends] as const),
    ...ledger.races.map((race) => [race.email, 1] as const),
  ];
  const problems: string[] = [];
  await inBatches(expected, 32, async ([email, sends]) => {
    const response = await fetch(`${url}/dev/outbox?to=${encodeURIComponent(email)}`);
    const { emails } = (await response.json()) as { emails: { kind: string }[] };
    const sent = emails.filter((e) => e.kind === 'invitation').length;
    if (sent !== sends) problems.push(`${email}: ${sent} invitation emails, expected ${sends}`);
  });
  return problems;
}

function checkMembers(ledger: Ledger, members: { id: string; roles: { slug: string }[] }[]) {
  const problems: string[] = [];
  const byId = new Map(members.map((member) => [member.id, member]));
  if (byId.size !== members.length)
    problems.push(`${members.length - byId.size} duplicate members`);
  for (const [userId, slug] of ledger.roles) {
    const roles = byId
      .get(userId)
      ?.roles.map((role) => role.slug)
      .join();
    if (roles !== slug) problems.push(`${userId}: roles ${roles}, expected ${slug}`);
  }
  return problems;
}

/** Every row of a list, page by page. */
async function listAll(
  url: string,
  token: string,
  field: 'invitations' | 'organizationMemberships',
) {
  const fields = field === 'invitations' ? 'email status' : 'id email roles { slug }';
  const query = `query All($after: String) { ${field}(limit: 100, after: $after) {
    data { ${fields} } listMetadata { after } } }`;
  const rows: any[] = [];
  let after: string | null = null;
  do {
    const { status, body } = await childGraphql(url, token, query, { after });
    if (status !== 200 || body.errors) throw new Error(`Listing ${field}: ${JSON.stringify(body)}`);
    rows.push(...body.data[field].data);
    after = body.data[field].listMetadata.after;
  } while (after);
  return rows;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(work));
  }
}

type Run = Awaited<ReturnType<typeof drive>>;

/** Prints the table and the verification, writes the JSON; 1 on any problem. */
function report(run: Run, problems: string[]) {
  const { stats, ledger, seconds } = run;
  const rows = KINDS.map((kind) => row(kind, stats.latencies.get(kind)!, stats, seconds));
  const all = row('all', [...stats.latencies.values()].flat(), stats, seconds);
  const writes = WRITES.reduce((sum, kind) => sum + rows.find((r) => r.kind === kind)!.requests, 0);

  printTable({
    title:
      `Load: ${CLIENTS} clients for ${seconds.toFixed(1)} s against the API in its own process, ` +
      `SQLite file, ${SEED_MEMBERS.toLocaleString('en')} seeded members`,
    columns: ['kind', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', '429'],
    rows: [...rows, all].map((r) => [
      r.kind,
      r.requests,
      r.requestsPerSecond.toFixed(0),
      r.p50Ms.toFixed(1),
      r.p95Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      r.errors,
      r.throttled,
    ]),
    notes: [
      `${writes} writes; ${ledger.invitations.size} invitations, ${ledger.roles.size} members ` +
        `re-roled, ${ledger.races.length} races of ${RACERS} clients for one address.`,
      `Verified from the API afterwards: ${problems.length} problems.`,
    ],
  });
  for (const problem of problems.slice(0, 20)) console.error(`  ${problem}`);

  saveResults('load', {
    clients: CLIENTS,
    seconds: Math.round(seconds * 10) / 10,
    seedMembers: SEED_MEMBERS,
    racers: RACERS,
    races: ledger.races.length,
    invitations: ledger.invitations.size,
    membersReRoled: ledger.roles.size,
    problems: problems.length,
    kinds: [...rows, all],
  });
  return problems.length ? 1 : 0;
}

function row(kind: Kind | 'all', latencies: number[], stats: Stats, seconds: number) {
  const sum = (map: Map<Kind, number>) =>
    kind === 'all' ? [...map.values()].reduce((a, b) => a + b, 0) : map.get(kind)!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    kind,
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    errors: sum(stats.errors),
    throttled: sum(stats.throttled),
  };
}

function readInt(name: string, fallback: number) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name}: expected a whole number above 0, got "${raw}"`);
  }
  return value;
}

process.exitCode = await main();
