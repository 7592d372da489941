import { sql } from '../../db/statements.js';
import { nowIso, transaction, type Context } from '../context.js';

interface SessionRow {
  id: string;
  isCurrent: number;
  ipAddress: string | null;
  userAgent: string | null;
  cityName: string | null;
  countryISOCode: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
  organizationId: string | null;
  revokedAt: string | null;
  expiresAt: string;
}

const SESSION_COLUMNS = `
  id, id = @current AS isCurrent, ip_address AS ipAddress, user_agent AS userAgent,
  city_name AS cityName, country_code AS countryISOCode, last_activity_at AS lastActivityAt,
  created_at AS createdAt, updated_at AS updatedAt, organization_id AS organizationId,
  revoked_at AS revokedAt, expires_at AS expiresAt`;

const ACTIVE = 'user_id = @user AND revoked_at IS NULL AND expires_at > @now';

function toSession(row: SessionRow, now: string) {
  const { cityName, countryISOCode, revokedAt, expiresAt, ...rest } = row;
  const tag = revokedAt ? 'Revoked' : expiresAt <= now ? 'Expired' : 'Active';

  return {
    ...rest,
    currentLocation: cityName || countryISOCode ? { cityName, countryISOCode } : null,
    state: { tag, expiresAt },
  };
}

function scope(context: Context) {
  return { user: context.viewer.userId, current: context.viewer.sessionId, now: nowIso(context) };
}

function sessions(_: unknown, __: unknown, context: Context) {
  const params = scope(context);
  const rows = sql(
    context.db,
    `SELECT ${SESSION_COLUMNS} FROM sessions WHERE ${ACTIVE}
     ORDER BY id = @current DESC, last_activity_at DESC, id`,
  ).all(params) as SessionRow[];
  return rows.map((row) => toSession(row, params.now));
}

function revokeSession(_: unknown, { input }: { input: { sessionId: string } }, context: Context) {
  const params = { ...scope(context), id: input.sessionId };

  return transaction(context, () => {
    const revoked = sql(
      context.db,
      `UPDATE sessions SET revoked_at = @now, updated_at = @now WHERE id = @id AND ${ACTIVE}`,
    ).run(params);
    if (!revoked.changes) return { __typename: 'SessionNotFound', sessionId: input.sessionId };

    const row = sql(context.db, `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = @id`).get(
      params,
    ) as SessionRow;
    return { __typename: 'SessionRevoked', session: toSession(row, params.now) };
  });
}

function revokeAllSessions(_: unknown, __: unknown, context: Context) {
  const revoked = transaction(context, () =>
    sql(
      context.db,
      `UPDATE sessions SET revoked_at = @now, updated_at = @now
       WHERE ${ACTIVE} AND id != @current`,
    ).run(scope(context)),
  );
  return { __typename: 'AllSessionsRevoked', success: true, revokedCount: revoked.changes };
}

export const sessionsResolvers = {
  Query: { sessions },
  Mutation: { revokeSession, revokeAllSessions },
};
