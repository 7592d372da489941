import { sql } from '../../db/statements.js';
import { refusal } from '../../http/errors.js';
import { MANAGE_MEMBERS } from '../../permissions.js';
import { nowIso, requirePermission, transaction, type Context } from '../context.js';
import { page, type PageArgs } from '../pagination.js';

const USER_COLUMNS = `
  u.id, u.email, u.email_verified AS emailVerified, u.first_name AS firstName,
  u.last_name AS lastName, u.profile_picture_url AS profilePictureUrl, u.locale,
  u.created_at AS createdAt, u.updated_at AS updatedAt,
  EXISTS (SELECT 1 FROM mfa_factors f WHERE f.user_id = u.id AND f.verified = 1) AS mfaEnabled,
  (SELECT max(f.last_used_at) FROM mfa_factors f
    WHERE f.user_id = u.id AND f.verified = 1) AS mfaLastUsedAt,
  u.password_set AS passwordSet, u.password_last_used_at AS passwordLastUsedAt`;

/** A user by ID; callers have checked that the viewer may see them. */
export function loadUser(context: Context, userId: string) {
  return sql(context.db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`).get(userId) as
    Record<string, unknown> | undefined;
}

function notFound(what: string, id: string) {
  return refusal('NOT_FOUND', `No ${what} with ID ${id} is visible to this token.`);
}

function me(_: unknown, __: unknown, context: Context) {
  return loadUser(context, context.viewer.userId);
}

function user(_: unknown, { id }: { id: string }, context: Context) {
  const member = sql(
    context.db,
    'SELECT 1 FROM memberships WHERE organization_id = ? AND user_id = ?',
  ).get(context.viewer.organizationId, id);
  if (!member) throw notFound('user', id);
  return loadUser(context, id);
}

const ORGANIZATION_COLUMNS = `id, name, created_at AS createdAt, updated_at AS updatedAt,
  allow_profiles_outside AS allowProfilesOutsideOrganization`;

function organization(_: unknown, { id }: { id: string }, context: Context) {
  if (id !== context.viewer.organizationId) throw notFound('organization', id);
  return sql(context.db, `SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE id = ?`).get(id);
}

function organizations(_: unknown, __: unknown, context: Context) {
  return sql(
    context.db,
    `SELECT o.id, o.name, o.id = @current AS isCurrent
     FROM memberships m JOIN organizations o ON o.id = m.organization_id
     WHERE m.user_id = @user AND m.status IN ('Active', 'NoInvite')
     ORDER BY o.id = @current DESC, o.name`,
  ).all({ user: context.viewer.userId, current: context.viewer.organizationId });
}

const ROLE_COLUMNS = `id, slug, name, description, is_default AS isDefault,
  created_at AS createdAt, updated_at AS updatedAt`;

function roles(_: unknown, __: unknown, context: Context) {
  const { multiple } = sql(
    context.db,
    'SELECT multiple_roles AS multiple FROM organizations WHERE id = ?',
  ).get(context.viewer.organizationId) as { multiple: number };

  return {
    roles: sql(context.db, `SELECT ${ROLE_COLUMNS} FROM roles ORDER BY created_at, id`).all(),
    multipleRolesEnabled: Boolean(multiple),
  };
}

const PERMISSION_COLUMNS = `p.id, p.slug, p.name, p.description, p.system,
  p.created_at AS createdAt, p.updated_at AS updatedAt`;

interface PermissionsArgs extends PageArgs {
  search?: string | null;
}

function permissions(_: unknown, args: PermissionsArgs, context: Context) {
  const search = args.search?.trim().toLowerCase();
  return page<{ id: string; createdAt: string }>(
    context.db,
    {
      select: PERMISSION_COLUMNS,
      from: 'permissions p',
      where: search
        ? "instr(lower(p.slug || p.name || coalesce(p.description, '')), @search) > 0"
        : '1',
      params: search ? { search } : {},
      sortColumn: 'p.created_at',
      idColumn: 'p.id',
      key: (row) => [row.createdAt, row.id],
    },
    args,
  );
}

function effectivePermissions(_: unknown, { userId }: { userId: string }, context: Context) {
  if (userId !== context.viewer.userId) requirePermission(context, MANAGE_MEMBERS);

  const member = sql(
    context.db,
    'SELECT id FROM memberships WHERE organization_id = ? AND user_id = ?',
  ).get(context.viewer.organizationId, userId) as { id: string } | undefined;
  if (!member) throw notFound('member', userId);

  return sql(
    context.db,
    `SELECT DISTINCT ${PERMISSION_COLUMNS}
     FROM membership_roles mr
     JOIN role_permissions rp ON rp.role_id = mr.role_id
     JOIN permissions p ON p.id = rp.permission_id
     WHERE mr.membership_id = ? ORDER BY p.slug`,
  ).all(member.id);
}

function authenticationSettings(_: unknown, __: unknown, context: Context) {
  const row = sql(context.db, `SELECT value FROM settings WHERE key = 'authentication'`).get() as {
    value: string;
  };
  return JSON.parse(row.value);
}

interface UpdateProfileInput {
  firstName?: string | null;
  lastName?: string | null;
  locale?: string | null;
}

const NAME_LIMIT = 100;

function updateProfile(_: unknown, { input }: { input: UpdateProfileInput }, context: Context) {
  const changes: Record<string, string | null> = {};
  for (const field of ['firstName', 'lastName'] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const trimmed = value.trim();
    if (trimmed.length > NAME_LIMIT) {
      throw refusal('BAD_REQUEST', `${field} may be at most ${NAME_LIMIT} characters.`);
    }
    changes[field] = trimmed || null;
  }

  if (input.locale !== undefined && input.locale !== null) {
    const locale = canonicalLocale(input.locale.trim());
    if (locale === undefined) {
      return {
        __typename: 'InvalidLocale',
        message: `"${input.locale}" is not a BCP 47 language tag, such as en, fr-CA or pt-BR.`,
      };
    }
    changes.locale = locale;
  }

  return transaction(context, () => {
    sql(
      context.db,
      `UPDATE users SET
         first_name = CASE WHEN @setFirst THEN @firstName ELSE first_name END,
         last_name = CASE WHEN @setLast THEN @lastName ELSE last_name END,
         locale = CASE WHEN @setLocale THEN @locale ELSE locale END,
         updated_at = @now
       WHERE id = @id`,
    ).run({
      id: context.viewer.userId,
      now: nowIso(context),
      setFirst: 'firstName' in changes ? 1 : 0,
      firstName: changes.firstName ?? null,
      setLast: 'lastName' in changes ? 1 : 0,
      lastName: changes.lastName ?? null,
      setLocale: 'locale' in changes ? 1 : 0,
      locale: changes.locale ?? null,
    });
    return { __typename: 'ProfileUpdated', user: loadUser(context, context.viewer.userId) };
  });
}

/** The tag in canonical case (`en-us` → `en-US`), null to clear, undefined if invalid. */
function canonicalLocale(tag: string): string | null | undefined {
  if (tag === '') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export const accountResolvers = {
  Query: {
    me,
    user,
    organization,
    organizations,
    roles,
    permissions,
    effectivePermissions,
    authenticationSettings,
  },
  Mutation: { updateProfile },
};
