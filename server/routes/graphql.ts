import { sql } from '../db/statements.js';
import { corsHeaders } from '../http/cors.js';
import { graphqlErrorResponse } from '../http/errors.js';
import { RateLimiter } from '../http/rate-limit.js';
import type { Context, Viewer } from '../graphql/context.js';
import { createGraphQLHandler } from '../graphql/schema.js';
import { membershipPermissions } from '../permissions.js';
import type { Services } from '../services.js';

/** Activity is written at most this often per session, to keep reads cheap. */
const ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * `POST /client/graphql`: checks the origin, the token, its session and the
 * rate before the GraphQL handler runs, in that order, and answers each
 * refusal with the status and `extensions.code` a client acts on.
 */
export function createGraphQLRoute(services: Services) {
  const yoga = createGraphQLHandler(services.config, services.logger);
  const limiter = new RateLimiter(services.config.rateLimitPerMinute, () =>
    services.clock.now().getTime(),
  );

  return async (request: Request, origin: string): Promise<Response> => {
    const cors = corsHeaders(origin);
    const viewer = await authenticate(services, request, origin, limiter);
    if (viewer instanceof Response) return withHeaders(viewer, cors);

    const context: Omit<Context, never> = {
      db: services.db,
      clock: services.clock,
      config: services.config,
      logger: services.logger,
      viewer,
      origin,
    };
    const response = await yoga.fetch(request, context);
    return withHeaders(response, cors);
  };
}

async function authenticate(
  services: Services,
  request: Request,
  origin: string,
  limiter: RateLimiter,
): Promise<Viewer | Response> {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) {
    return graphqlErrorResponse(
      'UNAUTHENTICATED',
      'No widget token: send it as Authorization: Bearer <token>.',
    );
  }

  const claims = await services.signer.verify(token);
  if ('refused' in claims) return graphqlErrorResponse('UNAUTHENTICATED', claims.refused);
  if (!claims.origins.includes(origin)) {
    return graphqlErrorResponse(
      'ORIGIN_NOT_ALLOWED',
      `This token was minted for ${claims.origins.join(', ')}, not for ${origin}.`,
    );
  }

  const rate = limiter.hit(claims.tokenId);
  if (!rate.allowed) {
    return graphqlErrorResponse(
      'RATE_LIMITED',
      `Too many requests with this token: wait ${rate.retryAfter} s.`,
      { 'retry-after': String(rate.retryAfter) },
    );
  }

  const live = liveMembership(services, claims);
  if (!live) {
    return graphqlErrorResponse(
      'UNAUTHENTICATED',
      'The session behind this token has ended, or the user left the organization.',
    );
  }

  // The token's permissions narrow what the member's roles allow now, never widen it.
  const permissions = new Set(claims.permissions.filter((p) => live.permissions.includes(p)));
  return {
    userId: claims.userId,
    organizationId: claims.organizationId,
    sessionId: claims.sessionId,
    permissions,
  };
}

/** The member's current permissions, if their session and membership still stand. */
function liveMembership(
  services: Services,
  claims: { userId: string; organizationId: string; sessionId: string },
) {
  const now = services.clock.now();
  const params = {
    session: claims.sessionId,
    user: claims.userId,
    org: claims.organizationId,
    now: now.toISOString(),
  };
  const membership = sql(
    services.db,
    `SELECT m.id FROM sessions s
     JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = @org
     WHERE s.id = @session AND s.user_id = @user AND s.revoked_at IS NULL
       AND s.expires_at > @now AND m.status IN ('Active', 'NoInvite')`,
  )
    .pluck()
    .get(params) as string | undefined;
  if (!membership) return null;

  const since = new Date(now.getTime() - ACTIVITY_RESOLUTION_MS).toISOString();
  recordActivity(services, { ...params, membership, since });
  return { permissions: membershipPermissions(services.db, membership) };
}

function recordActivity(services: Services, params: Record<string, string>) {
  sql(
    services.db,
    `UPDATE sessions SET last_activity_at = @now WHERE id = @session AND last_activity_at < @since`,
  ).run({ now: params.now, session: params.session, since: params.since });
  sql(
    services.db,
    `UPDATE memberships SET last_activity_at = @now
     WHERE id = @membership AND (last_activity_at IS NULL OR last_activity_at < @since)`,
  ).run({ now: params.now, membership: params.membership, since: params.since });
}

function withHeaders(response: Response, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
