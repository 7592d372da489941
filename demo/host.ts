/**
 * The demo's stand-in for a customer's back end: the only place that holds
 * the API key. It mints widget tokens for whoever the page says is signed in
 * (a real host would read its own session instead), and tells the page where
 * the API is. Served by the demo's Vite server and by the browser tests.
 */
export interface HostOptions {
  apiUrl: string;
  apiKey: string;
}

export interface HostResponse {
  status: number;
  body: unknown;
}

interface Fixtures {
  organizations: {
    id: string;
    name: string;
    users: { id: string; email: string; roles: string[] }[];
  }[];
}

/**
 * Passes `/client/graphql` through to the API, for pages that give the
 * elements a relative `api-url`: the API then shares the page's origin, as
 * when a host proxies it. The page's Origin header goes along unchanged, so
 * the API's origin check still applies.
 */
export async function proxyApi(
  options: HostOptions,
  request: { method: string; url: URL; headers: Record<string, string | undefined>; body?: string },
): Promise<{ status: number; headers: Record<string, string>; body: string } | null> {
  if (request.url.pathname !== '/client/graphql') return null;

  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'content-type', 'accept', 'origin']) {
    const value = request.headers[name];
    if (value) headers[name] = value;
  }
  const response = await fetch(`${options.apiUrl}/client/graphql${request.url.search}`, {
    method: request.method,
    headers,
    body: request.method === 'POST' ? request.body : undefined,
  });
  return {
    status: response.status,
    headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
    body: await response.text(),
  };
}

/** Answers `/host/*` requests; null for any other path. */
export async function handleHostRequest(
  options: HostOptions,
  method: string,
  url: URL,
): Promise<HostResponse | null> {
  if (url.pathname === '/host/config' && method === 'GET') {
    return { status: 200, body: { apiUrl: options.apiUrl } };
  }
  if (url.pathname === '/host/people' && method === 'GET') {
    return { status: 200, body: await people(options) };
  }
  if (url.pathname === '/host/token' && method === 'POST') {
    return mint(options, url.searchParams);
  }
  return null;
}

/** Who may sign in to the demo: each organization's members who have joined. */
async function people(options: HostOptions) {
  const fixtures = (await (await fetch(`${options.apiUrl}/dev/fixtures`)).json()) as Fixtures;
  return fixtures.organizations.map((organization) => ({
    ...organization,
    users: organization.users.filter((user) => user.roles.length).slice(0, 12),
  }));
}

/**
 * A token for `?email=` in `?organization=` (a name, default Acme), with an
 * optional `?ttl=` in seconds.
 */
async function mint(options: HostOptions, params: URLSearchParams): Promise<HostResponse> {
  const fixtures = (await (await fetch(`${options.apiUrl}/dev/fixtures`)).json()) as Fixtures;
  const organization = fixtures.organizations.find(
    (o) => o.name === (params.get('organization') ?? 'Acme'),
  );
  const user = organization?.users.find((u) => u.email === params.get('email'));
  if (!organization || !user) return { status: 404, body: { message: 'No such person.' } };

  const response = await fetch(`${options.apiUrl}/client/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      organization_id: organization.id,
      user_id: user.id,
      ...(params.has('ttl') ? { expires_in: Number(params.get('ttl')) } : {}),
    }),
  });
  return { status: response.status, body: await response.json() };
}
