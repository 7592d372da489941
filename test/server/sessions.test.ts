import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const SESSIONS = `
  query Sessions {
    sessions {
      id isCurrent ipAddress userAgent lastActivityAt createdAt updatedAt organizationId
      currentLocation { cityName countryISOCode }
      state { tag expiresAt }
    }
  }`;

const REVOKE = `
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      __typename
      ... on SessionRevoked { session { id state { tag } } }
      ... on SessionNotFound { sessionId }
    }
  }`;

const REVOKE_ALL = `
  mutation RevokeAll {
    revokeAllSessions { __typename ... on AllSessionsRevoked { success revokedCount } }
  }`;

describe('sessions', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  it('lists the user’s active sessions, the current first, with devices and places', async () => {
    const { sessions } = await server.data(admin, SESSIONS);
    assert.ok(sessions.length >= 4);
    assert.equal(sessions[0].isCurrent, true);
    assert.equal(sessions.filter((s: any) => s.isCurrent).length, 1);
    assert.ok(sessions.every((s: any) => s.state.tag === 'Active'));
    assert.match(sessions[0].userAgent, /Chrome/);
    assert.deepEqual(sessions[0].currentLocation, { cityName: 'Lisbon', countryISOCode: 'PT' });
    assert.ok(
      sessions.some((s: any) => s.currentLocation === null),
      'one has only an IP',
    );
  });

  it('revokes one session, and the token bound to it stops working', async () => {
    const { sessions } = await server.data(admin, SESSIONS);
    const other = sessions.find((s: any) => !s.isCurrent);
    const result = await server.data(admin, REVOKE, { input: { sessionId: other.id } });
    assert.equal(result.revokeSession.__typename, 'SessionRevoked');
    assert.equal(result.revokeSession.session.state.tag, 'Revoked');

    const after = await server.data(admin, SESSIONS);
    assert.equal(after.sessions.length, sessions.length - 1);
    const again = await server.data(admin, REVOKE, { input: { sessionId: other.id } });
    assert.equal(again.revokeSession.__typename, 'SessionNotFound');
  });

  it('will not revoke someone else’s session', async () => {
    const theo = await server.tokenFor(MEMBER);
    const theirs = (await server.data(theo, SESSIONS)).sessions[0];
    const result = await server.data(admin, REVOKE, { input: { sessionId: theirs.id } });
    assert.deepEqual(result.revokeSession, { __typename: 'SessionNotFound', sessionId: theirs.id });
    assert.equal((await server.graphql(theo, SESSIONS)).status, 200);
  });

  it('revokes every session but the current one', async () => {
    const before = (await server.data(admin, SESSIONS)).sessions.length;
    const result = await server.data(admin, REVOKE_ALL);
    assert.deepEqual(result.revokeAllSessions, {
      __typename: 'AllSessionsRevoked',
      success: true,
      revokedCount: before - 1,
    });

    const { sessions } = await server.data(admin, SESSIONS);
    assert.equal(sessions.length, 1);
    assert.equal(sessions[0].isCurrent, true);
  });

  it('ends a token whose own session was revoked', async () => {
    const theo = await server.tokenFor(MEMBER);
    const current = (await server.data(theo, SESSIONS)).sessions[0];
    await server.data(theo, REVOKE, { input: { sessionId: current.id } });

    const refused = await server.graphql(theo, SESSIONS);
    assert.equal(refused.status, 401);
    assert.match(refused.body.errors![0]!.message, /session/);

    const fresh = await server.tokenFor(MEMBER);
    const { sessions } = await server.data(fresh, SESSIONS);
    assert.notEqual(sessions[0].id, current.id, 'a new token opens a new session');
  });
});
