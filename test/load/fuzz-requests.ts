/**
 * The fuzzer's HTTP requests: GraphQL operations from `DocumentFuzzer` sent
 * in every way a client could get wrong — malformed, huge or batched bodies,
 * wrong content types and encodings, GET with odd query strings, wrong
 * methods and paths, missing or garbage credentials — and raw bytes that no
 * well-behaved client would send.
 */
import { gzipSync } from 'node:zlib';
import type { GraphQLSchema } from 'graphql';
import { DocumentFuzzer, UNICODE, type Operation, type Pools } from './fuzz-documents.js';
import type { Random } from './random.js';

/** One request to send: over fetch, or as raw bytes over a socket. */
export interface RequestSpec {
  kind: Kind;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Bytes written to a socket as they are, for requests fetch cannot make. */
  raw?: string;
  /** The server may close the connection instead of answering (an oversized request). */
  mayDrop?: boolean;
  /** Which token the request carries, so that a dead admin token can be replaced. */
  auth?: AuthChoice;
}

/** What the generator needs to know about the server under test. */
export interface Target {
  origins: string[];
  apiKey: string;
  adminToken: string;
  memberToken: string;
  organizationId: string;
  adminId: string;
  memberId: string;
  bodyLimit: number;
  pools: Pools;
}

/** How often each kind of request is made, relative to the others. */
const KINDS = {
  operation: 20,
  mutated: 26,
  ceremony: 3,
  broken: 7,
  deep: 3,
  wide: 3,
  aliases: 3,
  fragments: 3,
  introspection: 2,
  batch: 4,
  malformedJson: 5,
  hugeBody: 2,
  contentType: 5,
  get: 6,
  method: 4,
  token: 4,
  path: 2,
  raw: 2,
};

export type Kind = keyof typeof KINDS;

const AUTH = {
  admin: 80,
  member: 6,
  missing: 3,
  empty: 1,
  garbage: 3,
  tampered: 2,
  basic: 1,
  apiKey: 1,
  unsigned: 1,
  huge: 1,
};

type AuthChoice = keyof typeof AUTH;

const GRAPHQL = '/client/graphql';
const PERSISTED_QUERY = '{"persistedQuery":{"version":1,"sha256Hash":"0"}}';

export class RequestGenerator {
  readonly documents: DocumentFuzzer;

  constructor(
    schema: GraphQLSchema,
    private readonly random: Random,
    private readonly target: Target,
  ) {
    this.documents = new DocumentFuzzer(schema, random, target.pools);
  }

  /** The next request, of a kind chosen by weight. */
  next(): RequestSpec {
    const kind = this.random.weighted(KINDS);
    return this.make(kind);
  }

  private make(kind: Kind): RequestSpec {
    const docs = this.documents;
    switch (kind) {
      case 'operation':
        return this.post(kind, docs.operation(false));
      case 'mutated':
        return this.post(kind, docs.operation(true));
      case 'ceremony':
        return this.post(kind, docs.ceremony());
      case 'broken':
        return this.post(kind, { query: docs.broken() });
      case 'deep':
        return this.post(kind, { query: docs.deep() });
      case 'wide':
        return this.post(kind, { query: docs.wide() });
      case 'aliases':
        return this.post(kind, { query: docs.aliases() });
      case 'fragments':
        return this.post(kind, { query: docs.fragments() });
      case 'introspection':
        return this.post(kind, { query: this.introspection() });
      case 'batch':
        return this.post(kind, this.batch());
      case 'malformedJson':
        return this.post(kind, this.malformedJson());
      case 'hugeBody':
        return this.hugeBody();
      case 'contentType':
        return this.contentType();
      case 'get':
        return this.get();
      case 'method':
        return this.method();
      case 'token':
        return this.token();
      case 'path':
        return this.path();
      case 'raw':
        return this.raw();
    }
  }

  /** A POST to the GraphQL endpoint; a payload that is not a string is sent as JSON. */
  private post(kind: Kind, payload: unknown, headers: Record<string, string> = {}): RequestSpec {
    const spec = this.graphqlRequest(kind, 'POST', GRAPHQL);
    Object.assign(spec.headers, headers);
    const raw = typeof payload === 'string' || payload instanceof Uint8Array;
    spec.body = raw ? payload : JSON.stringify(payload);
    return spec;
  }

  /** A request to the GraphQL endpoint with the usual headers, now and then spoiled. */
  private graphqlRequest(kind: Kind, method: string, path: string): RequestSpec {
    const { random } = this;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const accept = this.accept();
    if (accept) headers.accept = accept;

    const auth = random.weighted(AUTH);
    const authorization = this.authorization(auth);
    if (authorization !== undefined) headers.authorization = authorization;

    const origin = this.origin();
    if (origin !== undefined) headers.origin = origin;
    if (random.chance(0.3)) {
      headers['workos-widgets-version'] = random.pick(['1.18.0', '', '9'.repeat(200)]);
      headers['workos-widgets-type'] = random.pick(['members', 'user-profile', '<x>']);
    }
    return { kind, method, path, headers, auth, mayDrop: auth === 'huge' };
  }

  private accept(): string | undefined {
    return this.random.pick([
      ...Array<string>(14).fill('application/graphql-response+json, application/json'),
      'application/json',
      'application/graphql-response+json',
      '*/*',
      'text/html',
      'text/event-stream',
      'multipart/mixed',
      'application/xml',
      'application/json;q=0, text/plain;q=0',
      '',
    ]);
  }

  private authorization(choice: AuthChoice): string | undefined {
    const { random, target } = this;
    switch (choice) {
      case 'admin':
        return `Bearer ${target.adminToken}`;
      case 'member':
        return `Bearer ${target.memberToken}`;
      case 'missing':
        return undefined;
      case 'empty':
        return random.pick(['', 'Bearer', 'Bearer ', 'bearer  ']);
      case 'garbage':
        return `Bearer ${random.string(random.int(1, 300), 'abcXYZ019-_.=+/')}`;
      case 'tampered':
        return `Bearer ${tamper(target.adminToken, random.int(0, target.adminToken.length - 1))}`;
      case 'basic':
        return `Basic ${Buffer.from('admin:admin').toString('base64')}`;
      case 'apiKey':
        return `Bearer ${target.apiKey}`;
      case 'unsigned':
        return `Bearer ${unsigned(target.adminToken)}`;
      case 'huge':
        return `Bearer ${'a'.repeat(random.int(8_000, 40_000))}`;
    }
  }

  /** Mostly an allowed origin; sometimes none, a foreign one or a malformed one. */
  private origin(): string | undefined {
    const { random, target } = this;
    const roll = random.next();
    if (roll < 0.9) return target.origins[0];
    if (roll < 0.93) return target.origins[1] ?? target.origins[0];
    return random.pick([undefined, 'null', 'https://evil.example', `${target.origins[0]}/path`]);
  }

  private introspection() {
    return this.random.pick([
      '{ __schema { types { name kind fields { name args { name type { name kind } } } } } }',
      '{ __type(name: "User") { name fields { name type { name kind ofType { name } } } } }',
      '{ __type(name: "NoSuchType") { name } }',
      '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }',
      '{ __typename }',
    ]);
  }

  /** Several operations in one JSON array, some of them junk. */
  private batch(): unknown[] {
    const { random } = this;
    return Array.from({ length: random.int(1, 40) }, () =>
      random.chance(0.8) ? this.documents.operation(random.chance(0.3)) : this.documents.wrong(),
    );
  }

  private malformedJson(): string | Uint8Array {
    const { random } = this;
    const valid = JSON.stringify(this.documents.operation(false));
    const n = random.int(100, 40_000);
    return random.pick<string | Uint8Array>([
      valid.slice(0, random.int(0, valid.length - 1)),
      `${valid}}`,
      `${valid} trailing`,
      `\uFEFF${valid}`,
      '',
      '{',
      '[',
      'null',
      '""',
      '123',
      'true',
      '[]',
      '{}',
      '{"query": 123}',
      '{"query": null}',
      '{"query": ["{ me { id } }"]}',
      '{"query": {"kind": "Document"}}',
      '{"query": "{ me { id } }", "variables": "x"}',
      '{"query": "{ me { id } }", "variables": [1, 2]}',
      '{"query": "{ me { id } }", "variables": null}',
      '{"query": "{ me { id } }", "extensions": "x"}',
      '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1}}}',
      '{"query": "{ me { id } }", "operationName": 5}',
      '{"query": "{ me { id } }", "query": "{ __typename }"}',
      '{"__proto__": {"query": "{ me { id } }"}}',
      '{"constructor": {"prototype": {"polluted": 1}}, "query": "{ me { id } }"}',
      '{"query": "{ me { id } }", "variables": {"__proto__": {"polluted": 1}}}',
      '{"query": "\\ud800{ me { id } }"}',
      `${'['.repeat(n)}${']'.repeat(n)}`,
      `{"query": "{ me { id } }", "variables": {"x": ${nested(Math.floor(n / 5))}}}`,
      randomBytes(random, random.int(1, 2_000)),
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00]),
    ]);
  }

  /** Bodies over the limit, just under it, or expanding beyond it. */
  private hugeBody(): RequestSpec {
    const { random, target } = this;
    const limit = target.bodyLimit;
    switch (random.int(0, 6)) {
      case 0: {
        const padding = 'x'.repeat(limit + random.int(1, 300_000));
        const spec = this.post('hugeBody', { query: '{ me { id } }', padding });
        return { ...spec, mayDrop: true };
      }
      case 1:
        return this.post('hugeBody', {
          query: `{ me { id } }${' '.repeat(limit - 200)}`,
        });
      case 2: {
        const variables = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`v${i}`, i]));
        return this.post('hugeBody', { query: '{ me { id } }', variables });
      }
      case 3: {
        const roleSlugs = Array.from({ length: 5_000 }, (_, i) => `role-${i}`);
        const query = `mutation R($input: UpdateMemberRoleInput!) {
          updateMemberRole(input: $input) { __typename } }`;
        const userId = random.pick(target.pools.userIds);
        return this.post('hugeBody', { query, variables: { input: { userId, roleSlugs } } });
      }
      case 4: {
        const depth = random.int(1_000, 30_000);
        const query = `mutation V($r: JSON!) { verifyPasskey(input: { challengeId: "c",
          elevatedAccessToken: "${random.pick(target.pools.elevatedTokens)}",
          response: $r }) { __typename } }`;
        const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        return this.post(
          'hugeBody',
          `{"query": ${JSON.stringify(query)}, "variables": {"r": ${deep}}}`,
        );
      }
      case 5: {
        const email = `${'x'.repeat(random.int(limit / 2, limit - 500))}@example.com`;
        const query = 'mutation I($e: String!) { inviteUser(input: { email: $e }) { __typename } }';
        return this.post('hugeBody', { query, variables: { e: email } });
      }
      default: {
        // A small gzip that inflates past the limit.
        const padding = ' '.repeat(limit * random.int(2, 50));
        const inflated = `{"query": "{ me { id } }", "x": "${padding}"}`;
        const spec = this.post('hugeBody', gzipSync(inflated), { 'content-encoding': 'gzip' });
        return { ...spec, mayDrop: true };
      }
    }
  }

  /** A GraphQL POST under a content type or encoding other than JSON's. */
  private contentType(): RequestSpec {
    const { random } = this;
    const operation = this.documents.operation(random.chance(0.3));
    const json = JSON.stringify(operation);
    const type = (contentType: string | null, body: string | Uint8Array, extra = {}) => {
      const spec = this.post('contentType', body, extra);
      if (contentType === null) delete spec.headers['content-type'];
      else spec.headers['content-type'] = contentType;
      return spec;
    };
    const boundary = `----fuzz${random.string(8)}`;

    return random.pick<() => RequestSpec>([
      () => type('text/plain', json),
      () => type('application/x-www-form-urlencoded', formEncode(operation)),
      () => type('application/graphql', operation.query),
      () => type('application/graphql+json', json),
      () => type('application/json; charset=utf-16', json),
      () => type('APPLICATION/JSON', json),
      () => type('application/graphql-response+json', json),
      () => type('application/octet-stream', new TextEncoder().encode(json)),
      () => type(null, new TextEncoder().encode(json)),
      () => type('multipart/form-data; boundary=' + boundary, multipart(boundary, json)),
      () => type('multipart/form-data; boundary=' + boundary, `--${boundary}\r\ngarbage`),
      () => type('multipart/form-data', json),
      () => type('application/json', gzipSync(json), { 'content-encoding': 'gzip' }),
      () => type('application/json', json, { 'content-encoding': 'gzip' }),
      () => type('application/json', json, { 'content-encoding': 'br' }),
      () => type('application/json', json, { 'content-encoding': 'deflate' }),
      () => type('application/json', json, { 'content-encoding': 'zstd' }),
      () => type('application/json', json, { 'content-encoding': 'gzip, identity' }),
      () => type(random.string(random.int(1, 60), 'abc/;=+ -'), json),
    ])();
  }

  /** GET with a query string: proper, odd, oversized or badly encoded. */
  private get(): RequestSpec {
    const { random } = this;
    const operation = this.documents.operation(random.chance(0.3));
    const q = encodeURIComponent(operation.query);
    const vars = encodeURIComponent(JSON.stringify(operation.variables));
    const search = random.pick([
      `?query=${q}&variables=${vars}&operationName=${operation.operationName ?? ''}`,
      `?query=${q}`,
      `?query=${encodeURIComponent('{ me { id email } }')}`,
      `?query=${encodeURIComponent('mutation { revokeAllSessions { __typename } }')}`,
      `?query=${q}&variables=not-json`,
      `?query=${q}&variables=${encodeURIComponent('[1,2]')}`,
      `?query=${q}&query=${q}`,
      `?query[]=${q}`,
      `?variables=${vars}`,
      '',
      '?',
      '?&&&=&=',
      '?query=%zz%E0%A4%A',
      `?query=${'%20'.repeat(random.int(1_000, 6_000))}`,
      `?query=${'a'.repeat(random.int(10_000, 40_000))}`,
      `?__proto__[polluted]=1&query=${q}`,
      `?query=${q}&extensions=${encodeURIComponent(PERSISTED_QUERY)}`,
      `?query=${encodeLoosely(random.pick(UNICODE))}`,
    ]);
    const spec = this.graphqlRequest('get', 'GET', `${GRAPHQL}${search}`);
    delete spec.headers['content-type'];
    return { ...spec, mayDrop: spec.mayDrop || search.length > 16_000 };
  }

  /** A method the route does not take, or an odd one. */
  private method(): RequestSpec {
    const { random } = this;
    const method = random.pick(['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND', 'QUERY']);
    const path = random.pick([GRAPHQL, '/client/token', '/', '/dev/outbox', '/dev/reset']);
    const spec = this.graphqlRequest('method', method, path);
    if (method === 'OPTIONS' && random.chance(0.7)) {
      spec.headers['access-control-request-method'] = random.pick(['POST', 'GET', 'DELETE', '']);
      spec.headers['access-control-request-headers'] = random.pick([
        'authorization, content-type',
        'x-anything',
        '',
      ]);
    }
    if (method !== 'HEAD' && random.chance(0.5)) {
      spec.body = JSON.stringify(this.documents.operation(false));
    }
    return spec;
  }

  /** `POST /client/token`, with the API key or without, and bodies good and bad. */
  private token(): RequestSpec {
    const { random, target } = this;
    const authorization = random.pick([
      `Bearer ${target.apiKey}`,
      `Bearer ${target.apiKey}`,
      `Bearer ${target.apiKey}`,
      `Bearer ${target.apiKey.slice(0, -1)}x`,
      `bearer ${target.apiKey}`,
      target.apiKey,
      '',
      `Bearer ${target.adminToken}`,
    ]);
    const ids = {
      organization_id: target.organizationId,
      user_id: random.pick([target.adminId, target.memberId, ...target.pools.userIds]),
    };
    const body = random.pick<unknown>([
      ids,
      { ...ids, organization_id: random.pick(target.pools.organizationIds) },
      { ...ids, user_id: this.documents.fakeId() },
      { ...ids, origins: [target.origins[0]] },
      { ...ids, origins: [] },
      { ...ids, origins: ['https://evil.example'] },
      { ...ids, origins: ['not a url', 1, null] },
      { ...ids, origins: 'x' },
      { ...ids, origins: Array.from({ length: 5_000 }, () => target.origins[0]) },
      { ...ids, expires_in: random.pick([1, 0, -1, 1.5, '60', 1e308, 2 ** 53, null]) },
      { organization_id: 1, user_id: [] },
      { user_id: ids.user_id },
      {},
      null,
      [],
      'x',
      `{"__proto__": ${JSON.stringify(ids)}}`,
      this.documents.text(),
    ]);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    return {
      kind: 'token',
      method: 'POST',
      path: '/client/token',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    };
  }

  /** Paths the API does not serve, or serves under odd spellings. */
  private path(): RequestSpec {
    const { random } = this;
    const path = random.pick([
      '/',
      '/client',
      `${GRAPHQL}/`,
      '/client//graphql',
      '/CLIENT/GRAPHQL',
      `${GRAPHQL}%00`,
      '/client/%2e%2e/client/graphql',
      '/%',
      '/%E0%A4%A',
      '/dev/outbox?to=%',
      `/dev/outbox?to=${encodeLoosely(random.pick(UNICODE))}`,
      `/dev/outbox?to=${'a'.repeat(random.int(100, 5_000))}`,
      '/dev/outbox?to=',
      '/dev/fixtures?x=1',
      '/dev/reset',
      '/favicon.ico',
      `/${'a'.repeat(random.int(100, 5_000))}`,
      '/dev/../client/graphql',
      `${GRAPHQL}?${'&'.repeat(1_000)}`,
      '/__proto__',
      '/constructor',
    ]);
    const spec = this.graphqlRequest('path', 'GET', path);
    delete spec.headers['content-type'];
    return spec;
  }

  /** Bytes over a socket: what an HTTP parser must refuse without falling over. */
  private raw(): RequestSpec {
    const { random, target } = this;
    const head = `Host: 127.0.0.1\r\nConnection: close\r\nOrigin: ${target.origins[0]}\r\n`;
    const auth = `Authorization: Bearer ${target.adminToken}\r\n`;
    const json = 'Content-Type: application/json\r\n';
    const raw = random.pick([
      'GARBAGE\r\n\r\n',
      `GET / HTTP/1.1\r\n${head}X-Bad: a\u0000b\r\n\r\n`,
      `GET / HTTP/1.1\r\n${head} folded\r\n\r\n`,
      `POST ${GRAPHQL} HTTP/1.1\r\n${head}${auth}${json}Content-Length: 999999999\r\n\r\n{}`,
      `POST ${GRAPHQL} HTTP/1.1\r\n${head}${auth}${json}Content-Length: -1\r\n\r\n{}`,
      `POST ${GRAPHQL} HTTP/1.1\r\n${head}${auth}${json}Transfer-Encoding: chunked\r\n\r\nzz\r\n`,
      `POST ${GRAPHQL} HTTP/1.1\r\n${head}${auth}${json}Transfer-Encoding: chunked\r\n` +
        'Content-Length: 2\r\n\r\n0\r\n\r\n',
      `POST ${GRAPHQL} HTTP/1.1\r\n${head}${auth}${json}Transfer-Encoding: chunked\r\n\r\n` +
        '5\r\n{"que\r\n0\r\n\r\n',
      `GET ${GRAPHQL}?query=%7B%20me%20%7B%20id%20%7D%20%7D HTTP/1.0\r\n\r\n`,
      `GET / HTTP/9.9\r\n${head}\r\n`,
      `GET /${'\u00ff'.repeat(10)} HTTP/1.1\r\n${head}\r\n`,
    ]);
    return { kind: 'raw', method: 'RAW', path: '', headers: {}, raw, mayDrop: true };
  }
}

/** Objects nested `depth` deep: `{"a":{"a":…1…}}`. */
function nested(depth: number) {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The token with one character changed. */
function tamper(token: string, at: number) {
  const replacement = token[at] === 'A' ? 'B' : 'A';
  return token.slice(0, at) + replacement + token.slice(at + 1);
}

/** The token's claims under `alg: none`, without a signature. */
function unsigned(token: string) {
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return `${header}.${token.split('.')[1]}.`;
}

/** Percent-encodes text, lone surrogates as U+FFFD, which encodeURIComponent refuses. */
function encodeLoosely(text: string) {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
}

function randomBytes(random: Random, length: number) {
  return Uint8Array.from({ length }, () => random.int(0, 255));
}

function formEncode(operation: Operation) {
  return new URLSearchParams({
    query: operation.query,
    variables: JSON.stringify(operation.variables),
  }).toString();
}

/** A GraphQL multipart request (the upload spec) with a made-up file. */
function multipart(boundary: string, operations: string) {
  const part = (name: string, value: string, file = '') =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${value}\r\n`;
  return (
    part('operations', operations) +
    part('map', '{"0": ["variables.file"]}') +
    part('0', 'file contents', '; filename="a.txt"') +
    `--${boundary}--\r\n`
  );
}
