import type { Db } from './db/database.js';
import { sql } from './db/statements.js';

/** The permission that lets a member invite, remove and change the roles of others. */
export const MANAGE_MEMBERS = 'widgets:users-table:manage';

/** Slugs of every permission the membership's roles grant. */
export function membershipPermissions(db: Db, membershipId: string): string[] {
  return sql(
    db,
    `SELECT DISTINCT p.slug FROM membership_roles mr
     JOIN role_permissions rp ON rp.role_id = mr.role_id
     JOIN permissions p ON p.id = rp.permission_id
     WHERE mr.membership_id = ? ORDER BY p.slug`,
  )
    .pluck()
    .all(membershipId) as string[];
}
