import { Hono } from 'hono';
import { reseed } from '../db/seed.js';
import { sql } from '../db/statements.js';
import type { Services } from '../services.js';

/**
 * `/dev/*`: what a developer or a test needs to see of the local API's
 * state. Served only in development mode.
 */
export function devRoutes(services: Services) {
  const routes = new Hono();

  // Emails the API would have sent, newest first; `?to=` filters by recipient.
  routes.get('/outbox', (c) => {
    const to = c.req.query('to');
    const rows = sql(
      services.db,
      `SELECT id, to_address AS "to", kind, subject, body, data, created_at AS createdAt
       FROM outbox WHERE @to IS NULL OR to_address = @to COLLATE NOCASE
       ORDER BY seq DESC LIMIT 200`,
    ).all({ to: to ?? null }) as { data: string }[];

    return c.json({ emails: rows.map((row) => ({ ...row, data: JSON.parse(row.data) })) });
  });

  // The seeded organizations and their members, so that nothing hard-codes an ID.
  routes.get('/fixtures', (c) => {
    const organizations = sql(
      services.db,
      'SELECT id, name FROM organizations ORDER BY created_at, id',
    ).all() as { id: string; name: string }[];

    return c.json({
      organizations: organizations.map((organization) => ({
        ...organization,
        users: members(services, organization.id),
      })),
    });
  });

  // Back to a new database's state: demos start over, tests start clean.
  routes.post('/reset', (c) => {
    reseed(services.db, { members: services.config.seedMembers, now: services.clock.now() });
    services.logger.info('database reseeded');
    return c.json({ reset: true });
  });

  return routes;
}

function members(services: Services, organizationId: string) {
  const rows = sql(
    services.db,
    `SELECT u.id, u.email,
       CASE WHEN m.status = 'Invited' AND m.invite_expires_at <= @now
         THEN 'InviteExpired' ELSE m.status END AS status,
       json_group_array(r.slug) AS roles
     FROM memberships m
     JOIN users u ON u.id = m.user_id
     JOIN membership_roles mr ON mr.membership_id = m.id
     JOIN roles r ON r.id = mr.role_id
     WHERE m.organization_id = @org
     GROUP BY m.id ORDER BY m.created_at, m.id`,
  ).all({ org: organizationId, now: services.clock.now().toISOString() }) as {
    id: string;
    email: string;
    status: string;
    roles: string;
  }[];

  return rows.map((row) => ({ ...row, roles: JSON.parse(row.roles) as string[] }));
}
