import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { ADMIN, MEMBER, ORIGIN, startTestServer, type TestServer } from './harness.js';

describe('POST /client/token', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  it('mints a token for a member with the right API key', async () => {
    const admin = server.user(ADMIN);
    const { status, body } = await server.mintRaw({
      organization_id: server.acme.id,
      user_id: admin.id,
    });

    assert.equal(status, 201);
    const claims = decodeJwt(body.token);
    assert.equal(claims.sub, admin.id);
    assert.equal(claims.org_id, server.acme.id);
    assert.match(String(claims.sid), /^session_/);
    assert.deepEqual(claims.origins, [ORIGIN, 'http://127.0.0.1:5173']);
    assert.ok((claims.permissions as string[]).includes('widgets:users-table:manage'));
    assert.equal(new Date(body.expires_at).getTime(), claims.exp! * 1000);
    assert.ok(claims.exp! - claims.iat! === 600, 'the default lifetime is ten minutes');
  });

  it('grants a member without roles that manage nothing no permissions', async () => {
    const { body } = await server.mintRaw({
      organization_id: server.acme.id,
      user_id: server.user(MEMBER).id,
    });
    assert.deepEqual(decodeJwt(body.token).permissions, []);
  });

  it('refuses a wrong or missing API key with 401', async () => {
    const body = { organization_id: server.acme.id, user_id: server.user(ADMIN).id };
    const wrong = await server.mintRaw(body, 'sk_test_wrong');
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.code, 'UNAUTHENTICATED');
    assert.match(wrong.body.message, /API key/);

    const missing = await fetch(`${server.url}/client/token`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    assert.equal(missing.status, 401);
  });

  it('refuses a user who is not a member of the organization', async () => {
    const globexAdmin = server.user('hank.scorpio@globex.example', server.globex);
    const { status, body } = await server.mintRaw({
      organization_id: server.acme.id,
      user_id: globexAdmin.id,
    });
    assert.equal(status, 403);
    assert.match(body.message, /not an active member/);
  });

  it('refuses someone who was invited but has not joined', async () => {
    const { status } = await server.mintRaw({
      organization_id: server.acme.id,
      user_id: server.user('lucia.ferrari@acme.example').id,
    });
    assert.equal(status, 403);
  });

  it('answers an unknown organization with 404', async () => {
    const { status, body } = await server.mintRaw({
      organization_id: 'org_missing',
      user_id: server.user(ADMIN).id,
    });
    assert.equal(status, 404);
    assert.match(body.message, /org_missing/);
  });

  it('explains a malformed body', async () => {
    const response = await fetch(`${server.url}/client/token`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_harness', 'content-type': 'application/json' },
      body: '{"organization_id": ',
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as any).message, /must be JSON/);

    const missing = await server.mintRaw({ organization_id: server.acme.id });
    assert.equal(missing.status, 400);
    assert.match(missing.body.message, /user_id/);
  });

  it('narrows the pin to some allowed origins, never beyond them', async () => {
    const body = { organization_id: server.acme.id, user_id: server.user(ADMIN).id };
    const narrowed = await server.mintRaw({ ...body, origins: [ORIGIN] });
    assert.deepEqual(decodeJwt(narrowed.body.token).origins, [ORIGIN]);

    const widened = await server.mintRaw({ ...body, origins: ['https://evil.example'] });
    assert.equal(widened.status, 400);
    assert.match(widened.body.message, /evil\.example/);
  });

  it('mints a shorter-lived token on request, never a longer one', async () => {
    const body = { organization_id: server.acme.id, user_id: server.user(ADMIN).id };
    const short = decodeJwt((await server.mintRaw({ ...body, expires_in: 2 })).body.token);
    assert.equal(short.exp! - short.iat!, 2);

    const long = decodeJwt((await server.mintRaw({ ...body, expires_in: 99_999 })).body.token);
    assert.equal(long.exp! - long.iat!, 600);

    const bad = await server.mintRaw({ ...body, expires_in: -1 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /expires_in/);
  });

  it('binds repeated tokens of one member to the same session', async () => {
    const first = decodeJwt(await server.tokenFor(ADMIN));
    const second = decodeJwt(await server.tokenFor(ADMIN));
    assert.equal(first.sid, second.sid);
    assert.notEqual(first.jti, second.jti);
  });
});
