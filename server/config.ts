/**
 * Settings of the local Widgets API, read from the environment once at start.
 * Every variable is documented in the README.
 */
export interface Config {
  /** Secret the host's server presents to mint widget tokens. */
  apiKey: string;
  /** Origins whose pages may call the GraphQL endpoint. */
  allowedOrigins: string[];
  /** SQLite file, or `:memory:`. */
  databasePath: string;
  /** Lifetime of a widget token, in seconds. */
  tokenTtlSeconds: number;
  /** Members of the seeded organization when the database is new. */
  seedMembers: number;
  host: string;
  port: number;
  /** Development mode serves `/dev/*`. */
  development: boolean;
  /** Requests one token may make per minute. */
  rateLimitPerMinute: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Deepest accepted selection set. */
  maxDepth: number;
  /** Highest accepted query cost, as the cost limiter counts it. */
  maxCost: number;
  /** Lifetime of an elevated access token, in seconds. */
  elevatedTtlSeconds: number;
  /** Emails one user may be sent per day. */
  dailyEmailQuota: number;
  logLevel: string;
}

/** Key used when `WIDGETS_API_KEY` is not set. It is printed at start. */
export const DEVELOPMENT_API_KEY = 'sk_test_widgets_local_development_key';

/** Port of the demo's dev server; its origins are allowed by default. */
export const DEMO_PORT = 5173;

export const DEFAULT_ORIGINS = [`http://localhost:${DEMO_PORT}`, `http://127.0.0.1:${DEMO_PORT}`];

type Env = Record<string, string | undefined>;

/** Reads the configuration, throwing a message that names the bad variable. */
export function readConfig(env: Env = process.env): Config {
  const development = env.NODE_ENV !== 'production';

  return {
    apiKey: env.WIDGETS_API_KEY || DEVELOPMENT_API_KEY,
    allowedOrigins: readOrigins(env.WIDGETS_ALLOWED_ORIGINS),
    databasePath: env.WIDGETS_DB || '.data/widgets.sqlite',
    tokenTtlSeconds: readInt(env, 'WIDGETS_TOKEN_TTL', 600, 1, 86_400),
    seedMembers: readInt(env, 'WIDGETS_SEED_MEMBERS', 40, 8, 100_000),
    host: env.API_HOST || '127.0.0.1',
    port: readInt(env, 'API_PORT', 4000, 0, 65_535),
    development,
    rateLimitPerMinute: readInt(env, 'WIDGETS_RATE_LIMIT', 600, 1, 1_000_000),
    bodyLimitBytes: readInt(env, 'WIDGETS_BODY_LIMIT', 100_000, 1_000, 10_000_000),
    maxDepth: 15,
    maxCost: 5_000,
    elevatedTtlSeconds: 600,
    dailyEmailQuota: 25,
    logLevel: env.WIDGETS_LOG_LEVEL || (development ? 'info' : 'warn'),
  };
}

function readOrigins(value: string | undefined): string[] {
  if (!value) return [...DEFAULT_ORIGINS];

  return value.split(',').map((raw) => {
    const origin = raw.trim();
    if (new URL(origin).origin !== origin) {
      throw new Error(
        `WIDGETS_ALLOWED_ORIGINS: "${origin}" is not an origin; ` +
          'write scheme, host and port only, such as https://app.example.com',
      );
    }
    return origin;
  });
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
