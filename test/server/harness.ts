import { pino } from 'pino';
import type { Logger } from '../../server/logger.js';
import { startServer } from '../../server/app.js';
import { readConfig, type Config } from '../../server/config.js';

export const ORIGIN = 'http://localhost:5173';
export const API_KEY = 'sk_test_harness';

interface FixtureUser {
  id: string;
  email: string;
  status: string;
  roles: string[];
}

export interface Fixtures {
  organizations: { id: string; name: string; users: FixtureUser[] }[];
}

export interface GraphQLResult<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A clock the test moves forward by hand. */
export class TestClock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  advance(seconds: number) {
    this.offsetMs += seconds * 1000;
  }
}

/**
 * The real server on a free port of 127.0.0.1 with an in-memory database,
 * driven over HTTP the way a host's server and a browser drive it.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  logger: Logger = pino({ level: 'silent' }),
) {
  const clock = new TestClock();
  const config: Config = {
    ...readConfig({
      WIDGETS_API_KEY: API_KEY,
      WIDGETS_DB: ':memory:',
      API_PORT: '0',
      WIDGETS_ALLOWED_ORIGINS: `${ORIGIN},http://127.0.0.1:5173`,
      ...env,
    }),
  };
  const server = await startServer({ config, clock, logger });
  const fixtures = (await (await fetch(`${server.url}/dev/fixtures`)).json()) as Fixtures;

  const acme = fixtures.organizations.find((o) => o.name === 'Acme')!;
  const globex = fixtures.organizations.find((o) => o.name === 'Globex')!;

  /** The seeded user with this email, in the organization that lists them first. */
  function user(email: string, organization = acme) {
    const found = organization.users.find((u) => u.email === email);
    if (!found) throw new Error(`no fixture user ${email} in ${organization.name}`);
    return found;
  }

  async function mintRaw(body: unknown, apiKey = API_KEY) {
    const response = await fetch(`${server.url}/client/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** A widget token for a seeded member, by email. */
  async function tokenFor(email: string, organization = acme, extra: object = {}) {
    const minted = await mintRaw({
      organization_id: organization.id,
      user_id: user(email, organization).id,
      ...extra,
    });
    if (minted.status !== 201) throw new Error(`mint failed: ${JSON.stringify(minted.body)}`);
    return minted.body.token as string;
  }

  async function graphql<T = any>(
    token: string | null,
    query: string,
    variables: Record<string, unknown> = {},
    { origin = ORIGIN as string | null } = {},
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    if (origin) headers.origin = origin;

    const response = await fetch(`${server.url}/client/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as any,
    };
  }

  /** `graphql`, failing the test on any error; returns `data`. */
  async function data<T = any>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const result = await graphql<T>(token, query, variables);
    if (result.body.errors || result.status !== 200) {
      throw new Error(`GraphQL failed (${result.status}): ${JSON.stringify(result.body.errors)}`);
    }
    return result.body.data as T;
  }

  async function outbox(to?: string) {
    const query = to ? `?to=${encodeURIComponent(to)}` : '';
    const response = await fetch(`${server.url}/dev/outbox${query}`);
    return ((await response.json()) as { emails: any[] }).emails;
  }

  return {
    url: server.url,
    db: server.app.services.db,
    close: server.close,
    clock,
    fixtures,
    acme,
    globex,
    user,
    mintRaw,
    tokenFor,
    graphql,
    data,
    outbox,
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** The admin every seed has, and a member without the permission to manage members. */
export const ADMIN = 'marisol.vega@acme.example';
export const MEMBER = 'theo.nakamura@acme.example';
