import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, ORIGIN, startTestServer, type TestServer } from './harness.js';

describe('/dev', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  it('lists the fixtures with IDs, statuses and roles', () => {
    assert.deepEqual(
      server.fixtures.organizations.map((o) => o.name),
      ['Acme', 'Globex'],
    );
    assert.equal(server.acme.users.length, 40);
    assert.deepEqual(server.user(ADMIN).roles, ['admin']);
    assert.equal(server.user('samuel.oduya@acme.example').status, 'InviteExpired');
  });

  it('lets an allowed page read the outbox, and refuses a foreign one', async () => {
    const allowed = await fetch(`${server.url}/dev/outbox`, { headers: { origin: ORIGIN } });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);

    const foreign = await fetch(`${server.url}/dev/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.status, 403);
  });

  it('resets the database to the seed, with the same IDs', async () => {
    const admin = await server.tokenFor(ADMIN);
    await server.data(
      admin,
      'mutation { updateProfile(input: { firstName: "Changed" }) { __typename } }',
    );
    await server.data(admin, 'mutation { sendVerificationCode { __typename } }');
    assert.equal((await server.outbox()).length, 1);

    const reset = await fetch(`${server.url}/dev/reset`, { method: 'POST' });
    assert.equal(reset.status, 200);

    const fixtures = await (await fetch(`${server.url}/dev/fixtures`)).json();
    assert.deepEqual(fixtures, server.fixtures);
    assert.equal((await server.outbox()).length, 0);
    const fresh = await server.tokenFor(ADMIN);
    const { me } = await server.data(fresh, '{ me { firstName } }');
    assert.equal(me.firstName, 'Marisol');
  });
});
