import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TokenSigner } from './auth/tokens.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from './db/seed.js';
import { corsHeaders, preflightResponse } from './http/cors.js';
import { graphqlErrorResponse, restErrorResponse } from './http/errors.js';
import { createLogger, type Logger } from './logger.js';
import { devRoutes } from './routes/dev.js';
import { createGraphQLRoute } from './routes/graphql.js';
import { mintToken } from './routes/token.js';
import type { Services } from './services.js';

/** The checked origin, passed from the origin check to the handler. */
type OriginEnv = { Variables: { origin: string } };

export interface AppOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
}

/**
 * The local Widgets API as a Fetch handler: opens (and if new, seeds) the
 * store, and routes each request.
 */
export function createApp({ config, clock = systemClock, logger }: AppOptions) {
  const db = openDatabase(config.databasePath);
  const services: Services = {
    config,
    db,
    clock,
    logger: logger ?? createLogger(config.logLevel),
    signer: new TokenSigner(config.apiKey, clock),
  };
  if (seedIfEmpty(db, { members: config.seedMembers, now: clock.now() })) {
    services.logger.info({ members: config.seedMembers }, 'seeded a new database');
  }

  const app = new Hono<OriginEnv>();
  const graphql = createGraphQLRoute(services);
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    // The rest of the body is left unread, so the connection cannot carry another request.
    onError: () =>
      restErrorResponse(
        'PAYLOAD_TOO_LARGE',
        `The body is larger than ${config.bodyLimitBytes} bytes.`,
        { connection: 'close' },
      ),
  });

  app.post('/client/token', limitBody, (c) => mintToken(c, services));

  app.options('/client/graphql', allowedOrigin(config), (c) =>
    preflightResponse(c.get('origin'), 'GET, POST'),
  );
  // Hono answers HEAD through the GET route, and fails to copy the headers of GraphQL Yoga's
  // response: HEAD is refused before it gets there.
  app.on(['GET', 'POST'], '/client/graphql', allowedOrigin(config), limitBody, (c) =>
    c.req.method === 'HEAD'
      ? c.body(null, 405, { allow: 'GET, POST' })
      : graphql(c.req.raw, c.get('origin')),
  );

  if (config.development) {
    // Pages of other origins may not read or reset the development state.
    app.use('/dev/*', async (c, next) => {
      const origin = c.req.header('origin');
      if (origin && !config.allowedOrigins.includes(origin)) {
        return restErrorResponse('ORIGIN_NOT_ALLOWED', `Origin ${origin} is not allowed.`);
      }
      await next();
      if (origin)
        for (const [name, value] of Object.entries(corsHeaders(origin))) c.header(name, value);
    });
    app.route('/dev', devRoutes(services));
  }

  app.get('/', (c) =>
    c.json({
      name: 'Local Widgets API',
      endpoints: ['POST /client/token', 'POST /client/graphql'].concat(
        config.development ? ['GET /dev/outbox', 'GET /dev/fixtures', 'POST /dev/reset'] : [],
      ),
    }),
  );
  app.notFound((c) =>
    restErrorResponse('NOT_FOUND', `Nothing is served at ${c.req.method} ${c.req.path}.`),
  );
  app.onError((error, c) => {
    // A body that broke off (its client hung up, or Node's HTTP parser refused a bad chunk
    // and closed the connection) is no fault of the server, and no one reads this answer.
    if (isBrokenBody(error)) {
      services.logger.info({ path: c.req.path }, 'the request body broke off');
      return restErrorResponse('BAD_REQUEST', 'The request body broke off.');
    }
    services.logger.error({ err: error }, 'request failed');
    return restErrorResponse(
      'INTERNAL_SERVER_ERROR',
      'The server failed to answer; it logged why.',
    );
  });

  return { fetch: app.fetch, services, close: () => db.close() };
}

/** Whether reading a request's body failed because its connection closed mid-body. */
function isBrokenBody(error: unknown) {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' && message === 'aborted';
}

/**
 * Lets a request through only from an origin on the allowlist, the way
 * redirect URIs are checked. Browsers always send Origin on these requests;
 * a missing one means a client that is not a page, which is refused too.
 */
function allowedOrigin(config: Config): MiddlewareHandler<OriginEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || !config.allowedOrigins.includes(origin)) {
      return graphqlErrorResponse(
        'ORIGIN_NOT_ALLOWED',
        origin
          ? `Origin ${origin} is not allowed: add it to WIDGETS_ALLOWED_ORIGINS.`
          : 'The Origin header is missing: the API answers only pages of allowed origins.',
      );
    }
    c.set('origin', origin);
    await next();
  };
}

/** Serves the app over HTTP; resolves once listening. */
export function startServer(options: AppOptions) {
  const app = createApp(options);
  const { host, port } = options.config;

  return new Promise<{ url: string; close: () => Promise<void>; app: typeof app }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const hostname = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${hostname}:${info.port}`,
        app,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              app.close();
              done();
            });
            // Keep-alive connections would hold the server open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
