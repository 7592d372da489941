/** A token, or a function the element calls whenever it needs a fresh one. */
export type TokenFunction = () => string | Promise<string>;

/** What a host may give an element to authenticate with. */
export type TokenInput = string | TokenFunction;

/**
 * Tokens this close to their `exp` are refreshed before use: 30 seconds, or
 * a quarter of the lifetime of a token that lives less than two minutes.
 */
const EXPIRY_MARGIN_MS = 30_000;

/** No fresh token can be had: the host must provide one. */
export class TokenUnavailableError extends Error {
  override name = 'TokenUnavailableError';
}

/** The claims of a widget token that the interface reads; the server checks them all. */
export interface TokenClaims {
  /** The signed-in user's ID. */
  sub?: string;
  /** Seconds since the epoch. */
  exp?: number;
  /** Seconds since the epoch. */
  iat?: number;
  /** What the token lets the user do, such as `widgets:users-table:manage`. */
  permissions?: string[];
}

/** A JWT's claims, unverified: only to decide what to show. Empty when not a JWT. */
export function tokenClaims(token: string): TokenClaims {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as unknown;
    return claims && typeof claims === 'object' ? (claims as TokenClaims) : {};
  } catch {
    return {};
  }
}

/** The `exp` of a JWT in milliseconds, or null when it has none or is not a JWT. */
export function tokenExpiry(token: string): number | null {
  const { exp } = tokenClaims(token);
  return typeof exp === 'number' ? exp * 1000 : null;
}

/** Whether a token is far enough from its `exp` to be sent. */
export function isFresh(token: string, now = Date.now()) {
  const { exp, iat } = tokenClaims(token);
  if (typeof exp !== 'number') return true;

  const lifetime = typeof iat === 'number' ? (exp - iat) * 1000 : Infinity;
  return exp * 1000 - Math.min(EXPIRY_MARGIN_MS, lifetime / 4) > now;
}

/**
 * Whether a value can be a bearer token: printable characters without
 * spaces, of a sane length. An HTML page from a misconfigured endpoint is not.
 */
function isToken(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]{1,8192}$/.test(value);
}

/** Whether a token is past its `exp`; one without `exp` never is. */
function isExpired(token: string, now = Date.now()) {
  const expiry = tokenExpiry(token);
  return expiry !== null && expiry <= now;
}

/**
 * One place tokens come from: a fixed string, a host function or a host URL.
 * Holds the current token in memory only, and refreshes it at most once at a
 * time however many elements ask. Fires `change` when it becomes unavailable.
 */
export class TokenSource extends EventTarget {
  private current: string | null;
  private pending: Promise<string> | null = null;
  private unavailable = false;

  private constructor(
    private readonly fetchToken: (() => Promise<string>) | null,
    initial: string | null = null,
  ) {
    super();
    this.current = initial;
  }

  /** Whether the last attempt to get a token failed. */
  get expired() {
    return this.unavailable;
  }

  /** The token last obtained, fresh or not, without asking for one. */
  peek(): string | null {
    return this.current;
  }

  /** The current token while it is fresh, else a new one. */
  get(): Promise<string> {
    if (this.current && isFresh(this.current)) return Promise.resolve(this.current);
    return this.refresh();
  }

  /** A new token, shared by every caller while one is on its way. */
  refresh(): Promise<string> {
    this.pending ??= this.obtain().finally(() => (this.pending = null));
    return this.pending;
  }

  /**
   * How long a host's function or endpoint may take to give a token before
   * the attempt counts as failed, in milliseconds.
   */
  static timeoutMs = 15_000;

  private async obtain(): Promise<string> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (!this.fetchToken) throw new TokenUnavailableError('The token has expired.');
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new TokenUnavailableError('The token source did not answer in time.')),
          TokenSource.timeoutMs,
        );
      });
      const token = await Promise.race([this.fetchToken(), late]);
      if (!isToken(token) || isExpired(token)) {
        throw new TokenUnavailableError('The token source gave no fresh token.');
      }
      this.current = token;
      this.setUnavailable(false);
      return token;
    } catch (error) {
      this.setUnavailable(true);
      throw error instanceof TokenUnavailableError
        ? error
        : new TokenUnavailableError('The token source failed.', { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  private setUnavailable(value: boolean) {
    if (this.unavailable === value) return;
    this.unavailable = value;
    this.dispatchEvent(new Event('change'));
  }

  /** The source for a token or token function; the same input gives the same source. */
  static from(input: TokenInput): TokenSource {
    if (typeof input === 'function') {
      let source = byFunction.get(input);
      if (!source) byFunction.set(input, (source = new TokenSource(async () => input())));
      return source;
    }
    let source = byToken.get(input);
    if (!source) {
      forgetExpiredTokens();
      byToken.set(input, (source = new TokenSource(null, input)));
    }
    return source;
  }

  /**
   * The source for a host endpoint, called with the page's cookies. It may
   * answer JSON with a `token` field, or the token as plain text.
   */
  static fromUrl(url: string): TokenSource {
    const href = new URL(url, document.baseURI).href;
    let source = byUrl.get(href);
    if (!source) byUrl.set(href, (source = new TokenSource(() => fetchFromUrl(href))));
    return source;
  }
}

const byFunction = new WeakMap<TokenFunction, TokenSource>();
const byToken = new Map<string, TokenSource>();
const byUrl = new Map<string, TokenSource>();

/**
 * Drops the sources of fixed tokens past their expiry: a host that hands out
 * a new string every few minutes would otherwise keep every old one.
 */
function forgetExpiredTokens() {
  for (const token of byToken.keys()) if (isExpired(token)) byToken.delete(token);
}

async function fetchFromUrl(url: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', credentials: 'include', cache: 'no-store' });
  if (!response.ok) throw new TokenUnavailableError(`The token URL answered ${response.status}.`);

  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return (await response.text()).trim();
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : '';
}
