import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../server/db/database.js';
import { childGraphql, childToken, startApiProcess, type ApiProcess } from './api-process.js';
import { ADMIN } from './harness.js';

const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { __typename } }`;
const RENAME = `mutation Rename($input: UpdateProfileInput!) {
  updateProfile(input: $input) { __typename } }`;

/** Concurrent streams of invitations, and acknowledgements to wait for before the kill. */
const INVITERS = 8;
const ACKS_BEFORE_KILL = 150;

/** What the client saw: each write it sent, and those whose response came back. */
interface Ledger {
  invitesSent: Set<string>;
  invitesAcked: Set<string>;
  renamesSent: number;
  lastRenameAcked: number;
  /** Requests still waiting for a response when the server was killed. */
  inFlightAtKill: number;
  inFlight: number;
  /** Whether the write-ahead log held frames when the process died: recovery was needed. */
  walAtKill: boolean;
}

describe('a crash of the API process', () => {
  let directory: string;
  let database: string;
  let api: ApiProcess | undefined;
  const ledger: Ledger = {
    invitesSent: new Set(),
    invitesAcked: new Set(),
    renamesSent: 0,
    lastRenameAcked: 0,
    inFlightAtKill: 0,
    inFlight: 0,
    walAtKill: false,
  };
  let token: string;

  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'widgets-crash-'));
    database = join(directory, 'widgets.sqlite');
    api = await startApiProcess(database);
    ({ token } = await childToken(api.url, ADMIN));

    // Writes stream in from several clients; the server is killed in the middle of them.
    const { url } = api;
    let stop = false;
    const streams = [
      ...Array.from({ length: INVITERS }, (_, i) => invite(url, token, i, ledger, () => stop)),
      rename(url, token, ledger, () => stop),
    ];
    await waitFor(() => ledger.invitesAcked.size >= ACKS_BEFORE_KILL);
    ledger.inFlightAtKill = ledger.inFlight;
    assert.equal(await api.kill('SIGKILL'), 'SIGKILL');
    stop = true;
    await Promise.all(streams);
    ledger.walAtKill = existsSync(`${database}-wal`);

    api = await startApiProcess(database);
  });

  after(async () => {
    await api?.kill('SIGTERM');
    rmSync(directory, { recursive: true, force: true });
  });

  it('was killed with writes in flight', (t) => {
    t.diagnostic(
      `invitations sent ${ledger.invitesSent.size}, acknowledged ${ledger.invitesAcked.size}; ` +
        `renames sent ${ledger.renamesSent}, acknowledged ${ledger.lastRenameAcked}; ` +
        `in flight at the kill ${ledger.inFlightAtKill}`,
    );
    assert.ok(ledger.inFlightAtKill > 0, 'no request was in flight at the kill');
    assert.ok(ledger.walAtKill, 'the write-ahead log was gone before the restart');
  });

  it('restarts on the same file, with the token minted before the crash', async () => {
    const me = await childGraphql(api!.url, token, '{ me { email } }');
    assert.equal(me.status, 200);
    assert.equal(me.body.data.me.email, ADMIN);
  });

  it('holds every acknowledged invitation, each once, and nothing unsent', async () => {
    const invitations = await allInvitations(api!.url, token);
    const crashed = invitations.filter((i) => i.email.startsWith('crash-'));
    const emails = crashed.map((i) => i.email);

    assert.equal(new Set(emails).size, emails.length, 'an invitation is duplicated');
    const missing = [...ledger.invitesAcked].filter((email) => !emails.includes(email));
    assert.deepEqual(missing, [], 'acknowledged invitations were lost');
    const unsent = emails.filter((email) => !ledger.invitesSent.has(email));
    assert.deepEqual(unsent, []);
    for (const invitation of crashed) assert.equal(invitation.status, 'Pending');
  });

  it('holds the last acknowledged rename, or one sent after it', async () => {
    const me = await childGraphql(api!.url, token, '{ me { firstName } }');
    const saved = Number(/^Crash (\d+)$/.exec(me.body.data.me.firstName)?.[1]);
    assert.ok(ledger.lastRenameAcked > 0, 'no rename was acknowledged');
    assert.ok(
      saved >= ledger.lastRenameAcked && saved <= ledger.renamesSent,
      `saved rename ${saved}, acknowledged ${ledger.lastRenameAcked}, sent ${ledger.renamesSent}`,
    );
  });

  it('leaves a database that passes its integrity checks, nothing half-written', async () => {
    await api!.kill('SIGTERM');
    api = undefined;
    const db = openDatabase(database);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(db.pragma('foreign_key_check'), []);
      // The search index agrees with the users table.
      db.exec(`INSERT INTO users_search (users_search) VALUES ('integrity-check')`);

      // An invitation is written in one transaction: user, membership, role, invitation, email.
      const incomplete = db
        .prepare(
          `SELECT u.email FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id AND m.status = 'Invited'
           WHERE u.email LIKE 'crash-%' AND (m.id IS NULL
             OR (SELECT count(*) FROM membership_roles mr WHERE mr.membership_id = m.id) != 1
             OR (SELECT count(*) FROM invitations i WHERE i.user_id = u.id) != 1
             OR (SELECT count(*) FROM outbox o
                 WHERE o.to_address = u.email AND o.kind = 'invitation') != 1)`,
        )
        .pluck()
        .all();
      assert.deepEqual(incomplete, []);
    } finally {
      db.close();
    }
  });

  it('syncs the write-ahead log at every commit, so a power cut keeps acknowledged writes', () => {
    const db = openDatabase(database);
    try {
      // Reading the first page applies WAL's own default, unless the server set one.
      db.prepare('SELECT count(*) FROM users').get();
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2, 'synchronous is not FULL');
    } finally {
      db.close();
    }
  });
});

/** Invites distinct addresses one after another until stopped or the server is gone. */
async function invite(
  url: string,
  token: string,
  stream: number,
  ledger: Ledger,
  stop: () => boolean,
) {
  for (let n = 0; !stop(); n++) {
    const email = `crash-${stream}-${n}@example.com`;
    ledger.invitesSent.add(email);
    const answer = await send(ledger, () => childGraphql(url, token, INVITE, { input: { email } }));
    if (!answer) return;
    assert.equal(answer.body.data?.inviteUser.__typename, 'UserInvited', JSON.stringify(answer));
    ledger.invitesAcked.add(email);
  }
}

/** Renames the admin `Crash 1`, `Crash 2`, … one after another. */
async function rename(url: string, token: string, ledger: Ledger, stop: () => boolean) {
  for (let n = 1; !stop(); n++) {
    ledger.renamesSent = n;
    const input = { firstName: `Crash ${n}` };
    const answer = await send(ledger, () => childGraphql(url, token, RENAME, { input }));
    if (!answer) return;
    assert.equal(answer.body.data?.updateProfile.__typename, 'ProfileUpdated');
    ledger.lastRenameAcked = n;
  }
}

/** The answer, or null once the connection fails: the server was killed. */
async function send<T>(ledger: Ledger, request: () => Promise<T>): Promise<T | null> {
  ledger.inFlight++;
  try {
    return await request();
  } catch {
    return null;
  } finally {
    ledger.inFlight--;
  }
}

async function allInvitations(url: string, token: string) {
  const query = `query Page($after: String) { invitations(limit: 100, after: $after) {
    data { email status } listMetadata { after } } }`;
  const all: { email: string; status: string }[] = [];
  let after: string | null = null;
  do {
    const { body } = await childGraphql(url, token, query, { after });
    all.push(...body.data.invitations.data);
    after = body.data.invitations.listMetadata.after;
  } while (after);
  return all;
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for acknowledged writes');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
