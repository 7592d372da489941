import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { startServer } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { ADMIN, ORIGIN, startTestServer, type TestServer } from './harness.js';

const ME = 'query Me { me { id email } }';

describe('POST /client/graphql', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startTestServer({ WIDGETS_RATE_LIMIT: '100000' });
    token = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/client/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        origin: ORIGIN,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as any,
    };
  }

  describe('origin pinning', () => {
    it('answers an allowed origin, readable by the page', async () => {
      const result = await server.graphql(token, ME);
      assert.equal(result.status, 200);
      assert.equal(result.body.data.me.email, ADMIN);
      assert.equal(result.headers.get('access-control-allow-origin'), ORIGIN);
    });

    it('refuses a foreign origin with 403 and no CORS grant', async () => {
      const result = await server.graphql(token, ME, {}, { origin: 'https://evil.example' });
      assert.equal(result.status, 403);
      assert.equal(result.body.errors![0]!.extensions!.code, 'ORIGIN_NOT_ALLOWED');
      assert.equal(result.headers.get('access-control-allow-origin'), null);
      assert.equal(result.body.data, undefined);
    });

    it('refuses a request without an Origin header', async () => {
      const result = await server.graphql(token, ME, {}, { origin: null });
      assert.equal(result.status, 403);
      assert.match(result.body.errors![0]!.message, /Origin header is missing/);
    });

    it('refuses an allowed origin the token is not pinned to', async () => {
      const pinned = await server.tokenFor(ADMIN, server.acme, { origins: [ORIGIN] });
      const other = await server.graphql(pinned, ME, {}, { origin: 'http://127.0.0.1:5173' });
      assert.equal(other.status, 403);
      assert.match(other.body.errors![0]!.message, /minted for http:\/\/localhost:5173/);
      assert.equal((await server.graphql(pinned, ME)).status, 200);
    });

    it('answers the preflight of an allowed origin only', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/client/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type',
          },
        });

      const allowed = await preflight(ORIGIN);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(allowed.headers.get('access-control-allow-headers')!, /authorization/);

      const foreign = await preflight('https://evil.example');
      assert.equal(foreign.status, 403);
      assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('authentication', () => {
    function assertUnauthenticated(result: { status: number; body: any }, pattern: RegExp) {
      assert.equal(result.status, 401);
      assert.equal(result.body.errors[0].extensions.code, 'UNAUTHENTICATED');
      assert.match(result.body.errors[0].message, pattern);
    }

    it('refuses a missing token', async () => {
      assertUnauthenticated(await server.graphql(null, ME), /Authorization: Bearer/);
    });

    it('refuses a tampered token', async () => {
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, permissions: ['*'] })).toString(
        'base64url',
      );
      assertUnauthenticated(
        await server.graphql(`${header}.${forged}.${signature}`, ME),
        /not valid/,
      );
      assertUnauthenticated(await server.graphql('not-a-jwt', ME), /not valid/);
    });

    it('refuses a token past its expiry, and a 401 is readable by the page', async () => {
      const short = await startTestServer({ WIDGETS_TOKEN_TTL: '1' });
      try {
        const brief = await short.tokenFor(ADMIN);
        assert.equal((await short.graphql(brief, ME)).status, 200);

        short.clock.advance(2);
        const expired = await short.graphql(brief, ME);
        assertUnauthenticated(expired, /expired/);
        assert.equal(expired.headers.get('access-control-allow-origin'), ORIGIN);
      } finally {
        await short.close();
      }
    });
  });

  describe('bad requests', () => {
    it('explains malformed JSON', async () => {
      const result = await post('{"query": ');
      assert.equal(result.status, 400);
      assert.match(result.body.errors[0].message, /JSON/);
    });

    it('explains a missing query', async () => {
      const result = await post(JSON.stringify({ variables: {} }));
      assert.equal(result.status, 400);
      assert.match(result.body.errors[0].message, /query/i);
    });

    it('names an unknown field and suggests the right one', async () => {
      const result = await post(JSON.stringify({ query: '{ me { emial } }' }));
      assert.equal(result.status, 400);
      assert.match(
        result.body.errors[0].message,
        /Cannot query field "emial".*Did you mean "email"/,
      );
    });

    it('names a variable of the wrong type', async () => {
      const query =
        'query Page($limit: Int) { organizationMemberships(limit: $limit) { data { id } } }';
      const result = await post(JSON.stringify({ query, variables: { limit: 'ten' } }));
      assert.equal(result.status, 400);
      assert.match(result.body.errors[0].message, /\$limit.*Int/);
    });

    it('refuses a limit outside 1 to 100', async () => {
      const result = await server.graphql(
        token,
        'query Page { organizationMemberships(limit: 500) { data { id } } }',
      );
      assert.equal(result.body.errors![0]!.extensions!.code, 'BAD_REQUEST');
      assert.match(result.body.errors![0]!.message, /limit must be from 1 to 100/);
    });

    it('refuses a body over the limit with 413', async () => {
      const result = await post(JSON.stringify({ query: ME, padding: 'x'.repeat(200_000) }));
      assert.equal(result.status, 413);
      assert.equal(result.body.code, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a query nested too deep, introspection included', async () => {
      const ofType = (depth: number): string =>
        depth ? `ofType { name ${ofType(depth - 1)} }` : '';
      const deep = `query Deep { __schema { types { fields { type { ${ofType(20)} } } } } }`;
      const result = await server.graphql(token, deep);
      assert.equal(result.status, 400);
      assert.match(result.body.errors![0]!.message, /depth/i);

      const usual = `query Usual { __schema { types { fields { type { ${ofType(6)} } } } } }`;
      assert.equal((await server.graphql(token, usual)).status, 200);
    });

    it('refuses a query with too many aliases', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `m${i}: me { id }`).join(' ');
      const result = await server.graphql(token, `query Many { ${aliases} }`);
      assert.equal(result.status, 400);
      assert.match(result.body.errors![0]!.message, /alias/i);
    });

    it('survives every one of these and still answers', async () => {
      assert.equal((await server.graphql(token, ME)).status, 200);
    });
  });

  describe('hardening', () => {
    it('masks an unexpected failure without a stack trace', async () => {
      const broken = await startTestServer();
      try {
        const admin = await broken.tokenFor(ADMIN);
        broken.db.exec('DROP TABLE passkeys');
        const result = await broken.graphql(admin, 'query Keys { passkeys { id } }');

        assert.equal(result.body.errors![0]!.message, 'Unexpected error.');
        assert.doesNotMatch(JSON.stringify(result.body), /sqlite|no such table|at \w+ \(/i);
        assert.equal((await broken.graphql(admin, ME)).status, 200);
      } finally {
        await broken.close();
      }
    });

    it('limits the requests of one token with 429 and Retry-After', async () => {
      const limited = await startTestServer({ WIDGETS_RATE_LIMIT: '3' });
      try {
        const brief = await limited.tokenFor(ADMIN);
        for (let i = 0; i < 3; i++) assert.equal((await limited.graphql(brief, ME)).status, 200);

        const refused = await limited.graphql(brief, ME);
        assert.equal(refused.status, 429);
        assert.equal(refused.body.errors![0]!.extensions!.code, 'RATE_LIMITED');
        assert.ok(Number(refused.headers.get('retry-after')) > 0);

        const other = await limited.tokenFor(ADMIN);
        assert.equal((await limited.graphql(other, ME)).status, 200, 'the limit is per token');

        limited.clock.advance(61);
        assert.equal((await limited.graphql(brief, ME)).status, 200);
      } finally {
        await limited.close();
      }
    });

    it('keeps introspection on, with a description on everything in the schema', async () => {
      const result = await server.graphql(
        token,
        `query Schema { __schema { types { name kind description
           fields(includeDeprecated: true) { name description
             args(includeDeprecated: true) { name description } }
           inputFields(includeDeprecated: true) { name description }
           enumValues(includeDeprecated: true) { name description } } } }`,
      );
      assert.equal(result.status, 200);
      assert.equal(result.body.errors, undefined);

      interface Described {
        name: string;
        description: string | null;
      }
      interface IntrospectedType extends Described {
        kind: string;
        fields: (Described & { args: Described[] })[] | null;
        inputFields: Described[] | null;
        enumValues: Described[] | null;
      }
      const types = (result.body.data.__schema.types as IntrospectedType[]).filter(
        (type) => !type.name.startsWith('__'),
      );
      const kinds = new Set(types.map((type) => type.kind));
      for (const kind of ['OBJECT', 'INPUT_OBJECT', 'ENUM', 'UNION', 'SCALAR']) {
        assert.ok(kinds.has(kind), `the schema has no ${kind} type to check`);
      }
      assert.ok(types.length > 50);

      const missing: string[] = [];
      const check = (item: Described, name: string) => {
        if (!item.description?.trim()) missing.push(name);
      };
      for (const type of types) {
        check(type, type.name);
        for (const field of type.fields ?? []) {
          check(field, `${type.name}.${field.name}`);
          for (const arg of field.args) check(arg, `${type.name}.${field.name}(${arg.name})`);
        }
        for (const field of type.inputFields ?? []) check(field, `${type.name}.${field.name}`);
        for (const value of type.enumValues ?? []) check(value, `${type.name}.${value.name}`);
      }
      assert.deepEqual(
        missing,
        [],
        `Missing descriptions in schema.graphql: ${missing.join(', ')}`,
      );
    });

    it('logs a body that breaks off as an event, not as a server error', async () => {
      const lines: { level: number; msg: string }[] = [];
      const logger = pino(
        { level: 'info' },
        { write: (line: string) => lines.push(JSON.parse(line)) },
      );
      const broken = await startTestServer({}, logger);
      try {
        const { hostname, port } = new URL(broken.url);
        const socket = connect(Number(port), hostname);
        await once(socket, 'connect');
        socket.write(
          'POST /client/graphql HTTP/1.1\r\nHost: localhost\r\n' +
            `Origin: ${ORIGIN}\r\nAuthorization: Bearer ${await broken.tokenFor(ADMIN)}\r\n` +
            'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n' +
            '5\r\n{"que\r\nzz\r\n',
        );
        const [answer] = await once(socket, 'data');
        assert.match(String(answer), /^HTTP\/1\.1 400 /, "Node's parser refuses the bad chunk");
        socket.destroy();

        const event = 'the request body broke off';
        for (let waited = 0; waited < 2_000 && !lines.some((l) => l.msg === event); waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        assert.ok(
          lines.some((line) => line.msg === event && line.level === 30),
          'logged as info',
        );
        assert.deepEqual(
          lines.filter((line) => line.level >= 50),
          [],
          'no error logged',
        );
        assert.equal((await broken.graphql(await broken.tokenFor(ADMIN), ME)).status, 200);
      } finally {
        await broken.close();
      }
    });

    it('serves /dev only in development mode', async () => {
      const config = readConfig({ NODE_ENV: 'production', WIDGETS_DB: ':memory:', API_PORT: '0' });
      const production = await startServer({ config, logger: pino({ level: 'silent' }) });
      try {
        assert.equal((await fetch(`${production.url}/dev/outbox`)).status, 404);
        assert.equal((await fetch(`${production.url}/dev/fixtures`)).status, 404);
      } finally {
        await production.close();
      }
    });
  });
});
