import { MANAGE_MEMBERS } from '../../permissions.js';
import { searchFold } from '../../db/search.js';
import { sql } from '../../db/statements.js';
import { refusal } from '../../http/errors.js';
import { nowIso, requirePermission, transaction, type Context } from '../context.js';
import { page, type PageArgs } from '../pagination.js';

interface MemberRow {
  id: string;
  membershipId: string;
  email: string;
  emailVerified: number;
  firstName: string | null;
  lastName: string | null;
  profilePictureUrl: string | null;
  status: string;
  lastActivityAt: string | null;
  createdAt: string;
  managedByDirectory: number;
}

/** A member as the schema shows it, roles included. */
export type Member = MemberRow & { roles: { slug: string; name: string }[] };

/** Columns of a member; an invitation past its expiry reads as InviteExpired. */
const MEMBER_COLUMNS = `
  u.id, m.id AS membershipId, u.email, u.email_verified AS emailVerified,
  u.first_name AS firstName, u.last_name AS lastName,
  u.profile_picture_url AS profilePictureUrl,
  CASE WHEN m.status = 'Invited' AND m.invite_expires_at <= @now
    THEN 'InviteExpired' ELSE m.status END AS status,
  m.last_activity_at AS lastActivityAt, m.created_at AS createdAt,
  m.managed_by_directory AS managedByDirectory`;

const MEMBER_SOURCE = 'memberships m JOIN users u ON u.id = m.user_id';

interface MembersArgs extends PageArgs {
  search?: string | null;
  roleSlug?: string | null;
}

/** The member with this user ID in the viewer's organization, if any. */
export function findMember(context: Context, userId: string): Member | null {
  const row = sql(
    context.db,
    `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_SOURCE}
     WHERE m.organization_id = @org AND m.user_id = @userId`,
  ).get({ org: context.viewer.organizationId, userId, now: nowIso(context) }) as
    MemberRow | undefined;

  return row ? withRoles(context, [row])[0]! : null;
}

/** Attaches each member's roles, with one query for the whole list. */
function withRoles(context: Context, rows: MemberRow[]): Member[] {
  const roles = sql(
    context.db,
    `SELECT mr.membership_id AS membershipId, r.slug, r.name
     FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
     WHERE mr.membership_id IN (SELECT value FROM json_each(?))
     ORDER BY r.name`,
  ).all(JSON.stringify(rows.map((row) => row.membershipId))) as {
    membershipId: string;
    slug: string;
    name: string;
  }[];

  return rows.map((row) => ({
    ...row,
    roles: roles
      .filter((role) => role.membershipId === row.membershipId)
      .map(({ slug, name }) => ({ slug, name })),
  }));
}

/**
 * Matches past which walking the list in order is cheaper than sorting the
 * matches: a walk reads about `limit / share` rows to fill a page, sorting
 * reads them all; the two meet near a few hundred matches in 10,000 members.
 */
const SELECTIVE_SEARCH = 300;

/**
 * How to read the members whose name or email contains `search`. A term of
 * three characters or more is looked up in the trigram index; when it
 * matches few users, the page is read from those matches and sorted. A
 * common or short term walks the list in order instead, which finds a page
 * of matches within a few rows.
 */
function searchPlan(context: Context, search: string) {
  // FTS5 reads a query only up to a NUL character.
  const term = searchFold(search).replaceAll('\0', '');
  const phrase = `"${term.replaceAll('"', '""')}"`;
  const selective =
    term.length >= 3 &&
    (sql(
      context.db,
      `SELECT count(*) FROM (SELECT 1 FROM users_search WHERE users_search MATCH ? LIMIT ${
        SELECTIVE_SEARCH + 1
      })`,
    )
      .pluck()
      .get(phrase) as number) <= SELECTIVE_SEARCH;

  if (selective) {
    return {
      // CROSS JOIN keeps the matches as the outer loop: SQLite never reorders it.
      from: `users_search s CROSS JOIN users u ON u.rowid = s.rowid
        JOIN memberships m ON m.user_id = u.id`,
      filter: 'users_search MATCH @phrase',
      params: { phrase },
    };
  }
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    from: MEMBER_SOURCE,
    filter: `u.search_text LIKE @pattern ESCAPE '\\'`,
    params: { pattern },
  };
}

function organizationMemberships(_: unknown, args: MembersArgs, context: Context) {
  const search = args.search?.trim();
  const plan = search
    ? searchPlan(context, search)
    : { from: MEMBER_SOURCE, filter: '', params: {} };

  const filters = ['m.organization_id = @org'];
  if (plan.filter) filters.push(plan.filter);
  if (args.roleSlug) {
    filters.push(`EXISTS (SELECT 1 FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
      WHERE mr.membership_id = m.id AND r.slug = @roleSlug)`);
  }

  const params: Record<string, unknown> = {
    org: context.viewer.organizationId,
    now: nowIso(context),
    ...plan.params,
  };
  if (args.roleSlug) params.roleSlug = args.roleSlug;

  const result = page<MemberRow>(
    context.db,
    {
      select: MEMBER_COLUMNS,
      from: plan.from,
      where: filters.join(' AND '),
      params,
      sortColumn: 'm.created_at',
      idColumn: 'm.id',
      key: (row) => [row.createdAt, row.membershipId],
    },
    args,
  );
  return { ...result, data: withRoles(context, result.data) };
}

interface UpdateMemberRoleInput {
  userId: string;
  roleSlugs: string[];
}

function updateMemberRole(
  _: unknown,
  { input }: { input: UpdateMemberRoleInput },
  context: Context,
) {
  requirePermission(context, MANAGE_MEMBERS);
  const slugs = [...new Set(input.roleSlugs)];
  checkRoleCount(context, slugs);

  return transaction(context, () => {
    const member = findMember(context, input.userId);
    if (!member) return { __typename: 'MemberNotFound', userId: input.userId };

    const roles = sql(
      context.db,
      'SELECT id, slug FROM roles WHERE slug IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(slugs)) as { id: string; slug: string }[];
    const missing = slugs.filter((slug) => !roles.some((role) => role.slug === slug));
    if (missing.length) return { __typename: 'RoleNotFound', roleSlugs: missing };

    sql(context.db, 'DELETE FROM membership_roles WHERE membership_id = ?').run(
      member.membershipId,
    );
    const grant = sql(
      context.db,
      'INSERT INTO membership_roles (membership_id, role_id) VALUES (?, ?)',
    );
    for (const role of roles) grant.run(member.membershipId, role.id);
    sql(context.db, 'UPDATE memberships SET updated_at = ? WHERE id = ?').run(
      nowIso(context),
      member.membershipId,
    );

    return { __typename: 'MemberRoleUpdated', member: findMember(context, input.userId) };
  });
}

/** A member holds one role unless the organization allows several. */
function checkRoleCount(context: Context, slugs: string[]) {
  if (slugs.length === 0) throw refusal('BAD_REQUEST', 'roleSlugs needs at least one role slug.');
  if (slugs.length === 1) return;

  const organization = sql(context.db, 'SELECT multiple_roles FROM organizations WHERE id = ?').get(
    context.viewer.organizationId,
  ) as { multiple_roles: number };
  if (!organization.multiple_roles) {
    throw refusal(
      'BAD_REQUEST',
      'This organization gives each member one role: pass a single slug in roleSlugs.',
    );
  }
}

function removeMember(_: unknown, { input }: { input: { userId: string } }, context: Context) {
  requirePermission(context, MANAGE_MEMBERS);

  return transaction(context, () => {
    const member = findMember(context, input.userId);
    if (!member) return { __typename: 'MemberNotFound', userId: input.userId };
    if (member.managedByDirectory) {
      return { __typename: 'MemberIsManagedByDirectory', userId: input.userId };
    }

    const now = nowIso(context);
    const scope = { org: context.viewer.organizationId, userId: input.userId, now };
    sql(
      context.db,
      `UPDATE invitations SET state = 'Revoked', revoked_at = @now
       WHERE organization_id = @org AND user_id = @userId AND state = 'Pending'`,
    ).run(scope);
    sql(
      context.db,
      `UPDATE sessions SET revoked_at = @now, updated_at = @now
       WHERE organization_id = @org AND user_id = @userId AND revoked_at IS NULL`,
    ).run(scope);
    sql(context.db, 'DELETE FROM memberships WHERE id = ?').run(member.membershipId);

    return { __typename: 'MemberRemoved', userId: input.userId };
  });
}

export const membersResolvers = {
  Query: { organizationMemberships },
  Mutation: { updateMemberRole, removeMember },
};
