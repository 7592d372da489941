import { timingSafeEqual } from 'node:crypto';
import type { Context as HonoContext } from 'hono';
import { newId } from '../db/ids.js';
import { sql } from '../db/statements.js';
import { restErrorResponse } from '../http/errors.js';
import { membershipPermissions } from '../permissions.js';
import type { Services } from '../services.js';

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * `POST /client/token`: the host's server trades its API key for a widget
 * token bound to one member of one organization and to the allowed origins.
 */
export async function mintToken(c: HonoContext, services: Services): Promise<Response> {
  if (!hasApiKey(c.req.header('authorization'), services.config.apiKey)) {
    return restErrorResponse(
      'UNAUTHENTICATED',
      'The API key is missing or wrong: send it as Authorization: Bearer <API key>.',
      NO_STORE,
    );
  }

  const body = await readBody(c);
  if ('error' in body) return restErrorResponse('BAD_REQUEST', body.error, NO_STORE);

  const origins = body.origins ?? services.config.allowedOrigins;
  const foreign = origins.filter((origin) => !services.config.allowedOrigins.includes(origin));
  if (foreign.length) {
    return restErrorResponse(
      'BAD_REQUEST',
      `origins may only narrow WIDGETS_ALLOWED_ORIGINS; not allowed: ${foreign.join(', ')}.`,
      NO_STORE,
    );
  }

  const member = findMember(services, body.organization_id, body.user_id);
  if (member.error !== undefined) return restErrorResponse(member.code, member.error, NO_STORE);

  const sessionId = currentSession(services, body.user_id, body.organization_id);
  const { token, expiresAt } = await services.signer.sign(
    {
      userId: body.user_id,
      organizationId: body.organization_id,
      sessionId,
      permissions: member.permissions,
      origins,
    },
    Math.min(body.expires_in ?? Infinity, services.config.tokenTtlSeconds),
  );
  services.logger.info(
    { userId: body.user_id, organizationId: body.organization_id },
    'token minted',
  );

  return c.json({ token, expires_at: expiresAt.toISOString() }, 201, NO_STORE);
}

/** Compares in constant time, so response timing says nothing about the key. */
function hasApiKey(header: string | undefined, apiKey: string) {
  const presented = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(apiKey);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

interface MintBody {
  organization_id: string;
  user_id: string;
  origins?: string[];
  /** Seconds the token lives, up to WIDGETS_TOKEN_TTL. */
  expires_in?: number;
}

async function readBody(c: HonoContext): Promise<MintBody | { error: string }> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { error: 'The body must be JSON: {"organization_id": "org_…", "user_id": "user_…"}.' };
  }

  const { organization_id, user_id, origins, expires_in } = (body ?? {}) as Record<string, unknown>;
  if (typeof organization_id !== 'string' || typeof user_id !== 'string') {
    return { error: 'organization_id and user_id are required, each a string ID.' };
  }
  if (
    origins !== undefined &&
    !(Array.isArray(origins) && origins.every((o) => typeof o === 'string'))
  ) {
    return { error: 'origins, when given, must be an array of origin strings.' };
  }
  if (expires_in !== undefined && !(Number.isInteger(expires_in) && (expires_in as number) > 0)) {
    return { error: 'expires_in, when given, must be a whole number of seconds above 0.' };
  }
  return {
    organization_id,
    user_id,
    origins: origins as string[] | undefined,
    expires_in: expires_in as number | undefined,
  };
}

/** The user's permissions in the organization, if they are an active member of it. */
function findMember(
  services: Services,
  organizationId: string,
  userId: string,
): { error: string; code: 'NOT_FOUND' | 'FORBIDDEN' } | { error?: never; permissions: string[] } {
  const { db } = services;
  if (!sql(db, 'SELECT 1 FROM organizations WHERE id = ?').get(organizationId)) {
    return { code: 'NOT_FOUND', error: `No organization has the ID ${organizationId}.` };
  }

  const membership = sql(
    db,
    'SELECT id, status FROM memberships WHERE organization_id = ? AND user_id = ?',
  ).get(organizationId, userId) as { id: string; status: string } | undefined;
  if (!membership || !['Active', 'NoInvite'].includes(membership.status)) {
    return {
      code: 'FORBIDDEN',
      error: `User ${userId} is not an active member of organization ${organizationId}.`,
    };
  }

  return { permissions: membershipPermissions(db, membership.id) };
}

/**
 * The session a token speaks for: the member's most recently active session
 * in the organization, or a new one when they have none.
 */
function currentSession(services: Services, userId: string, organizationId: string) {
  const now = services.clock.now();
  const existing = sql(
    services.db,
    `SELECT id FROM sessions
     WHERE user_id = ? AND organization_id = ? AND revoked_at IS NULL AND expires_at > ?
     ORDER BY last_activity_at DESC LIMIT 1`,
  )
    .pluck()
    .get(userId, organizationId, now.toISOString()) as string | undefined;
  if (existing) return existing;

  const id = newId('session', now);
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  sql(
    services.db,
    `INSERT INTO sessions (id, user_id, organization_id, last_activity_at, expires_at,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, userId, organizationId, at, expiresAt, at, at);
  return id;
}
