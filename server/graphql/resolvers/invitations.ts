import { addSeconds } from '../../clock.js';
import { newId } from '../../db/ids.js';
import { sql } from '../../db/statements.js';
import { isDeliverable, isEmailAddress, sendEmail } from '../../email.js';
import { MANAGE_MEMBERS } from '../../permissions.js';
import { nowIso, requirePermission, transaction, type Context } from '../context.js';
import { page, type PageArgs } from '../pagination.js';

const DAY = 86_400;

interface InvitationRow {
  id: string;
  userId: string;
  email: string;
  status: 'Pending' | 'Accepted' | 'Expired' | 'Revoked';
  roleSlug: string | null;
  expiresAt: string;
  createdAt: string;
  lastSentAt: string;
}

/** Columns of an invitation; a pending one past its expiry reads as Expired. */
const INVITATION_COLUMNS = `
  i.id, i.user_id AS userId, i.email,
  CASE WHEN i.state = 'Pending' AND i.expires_at <= @now THEN 'Expired' ELSE i.state END AS status,
  r.slug AS roleSlug, i.expires_at AS expiresAt, i.created_at AS createdAt,
  i.last_sent_at AS lastSentAt`;

const INVITATION_SOURCE = 'invitations i LEFT JOIN roles r ON r.id = i.role_id';

const STATUS_FILTERS = {
  Pending: `i.state = 'Pending' AND i.expires_at > @now`,
  Expired: `i.state = 'Pending' AND i.expires_at <= @now`,
  Accepted: `i.state = 'Accepted'`,
  Revoked: `i.state = 'Revoked'`,
} as const;

interface InvitationsArgs extends PageArgs {
  status?: keyof typeof STATUS_FILTERS | null;
}

function invitations(_: unknown, args: InvitationsArgs, context: Context) {
  requirePermission(context, MANAGE_MEMBERS);

  const filters = ['i.organization_id = @org'];
  if (args.status) filters.push(STATUS_FILTERS[args.status]);

  return page<InvitationRow>(
    context.db,
    {
      select: INVITATION_COLUMNS,
      from: INVITATION_SOURCE,
      where: filters.join(' AND '),
      params: { org: context.viewer.organizationId, now: nowIso(context) },
      sortColumn: 'i.created_at',
      idColumn: 'i.id',
      key: (row) => [row.createdAt, row.id],
    },
    args,
  );
}

/** The newest invitation of `userId` to the viewer's organization. */
function latestInvitation(context: Context, userId: string): InvitationRow | undefined {
  return sql(
    context.db,
    `SELECT ${INVITATION_COLUMNS} FROM ${INVITATION_SOURCE}
     WHERE i.organization_id = @org AND i.user_id = @userId
     ORDER BY i.created_at DESC LIMIT 1`,
  ).get({ org: context.viewer.organizationId, userId, now: nowIso(context) }) as
    InvitationRow | undefined;
}

interface InviteUserInput {
  email: string;
  roleSlug?: string | null;
  expiresInDays?: number | null;
}

function inviteUser(_: unknown, { input }: { input: InviteUserInput }, context: Context) {
  requirePermission(context, MANAGE_MEMBERS);
  const email = input.email.trim();
  const days = input.expiresInDays ?? 7;

  const organization = sql(
    context.db,
    'SELECT name, invites_blocked FROM organizations WHERE id = ?',
  ).get(context.viewer.organizationId) as { name: string; invites_blocked: number };
  if (organization.invites_blocked) {
    return {
      __typename: 'OrganizationBlockedFromSendingInvites',
      message: `${organization.name} may not send invitations.`,
    };
  }
  if (!isEmailAddress(email)) return { __typename: 'InvalidInviteeEmail', email };
  if (!Number.isInteger(days) || days < 1 || days > 30) {
    return {
      __typename: 'InvalidInvitationExpiry',
      message: `An invitation lasts 1 to 30 days, not ${days}.`,
    };
  }
  const role = findRole(context, input.roleSlug);
  if (!role) return { __typename: 'InvalidInviteeRole', roleSlug: input.roleSlug ?? '' };
  if (!isDeliverable(email)) return { __typename: 'InviteeEmailNotDeliverable', email };

  return transaction(context, () => {
    const user = findOrCreateUser(context, email);
    const standing = membershipStanding(context, user.id);
    if (standing === 'member') return { __typename: 'InviteeAlreadyMember', email: user.email };
    if (standing === 'invited') return { __typename: 'InviteeAlreadyInvited', email: user.email };

    const invitation = createInvitation(context, user, role.id, days, standing === 'none');
    notifyInvitee(context, invitation, organization.name);
    return { __typename: 'UserInvited', invitation };
  });
}

/** The role with this slug, or the default role when no slug is given. */
function findRole(context: Context, slug: string | null | undefined) {
  const role = slug
    ? sql(context.db, 'SELECT id, name FROM roles WHERE slug = ?').get(slug)
    : sql(context.db, 'SELECT id, name FROM roles WHERE is_default = 1').get();
  return role as { id: string; name: string } | undefined;
}

function findOrCreateUser(context: Context, email: string) {
  const existing = sql(context.db, 'SELECT id, email FROM users WHERE email = ?').get(email);
  if (existing) return existing as { id: string; email: string };

  const now = context.clock.now();
  const id = newId('user', now);
  sql(context.db, 'INSERT INTO users (id, email, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    id,
    email,
    now.toISOString(),
    now.toISOString(),
  );
  return { id, email };
}

/** Where this user stands with the viewer's organization. */
function membershipStanding(context: Context, userId: string) {
  const membership = sql(
    context.db,
    `SELECT status, invite_expires_at AS expiresAt FROM memberships
     WHERE organization_id = ? AND user_id = ?`,
  ).get(context.viewer.organizationId, userId) as
    { status: string; expiresAt: string | null } | undefined;

  if (!membership) return 'none';
  if (membership.status === 'Active' || membership.status === 'NoInvite') return 'member';
  if (membership.status === 'Invited' && membership.expiresAt! > nowIso(context)) return 'invited';
  return 'lapsed';
}

/** Records a new pending invitation and the membership it stands for. */
function createInvitation(
  context: Context,
  user: { id: string; email: string },
  roleId: string,
  days: number,
  newMember: boolean,
) {
  const now = context.clock.now();
  const at = now.toISOString();
  const expiresAt = addSeconds(now, days * DAY).toISOString();
  const org = context.viewer.organizationId;

  if (newMember) {
    sql(
      context.db,
      `INSERT INTO memberships (id, organization_id, user_id, status, invite_expires_at,
         created_at, updated_at)
       VALUES (?, ?, ?, 'Invited', ?, ?, ?)`,
    ).run(newId('om', now), org, user.id, expiresAt, at, at);
  } else {
    sql(
      context.db,
      `UPDATE memberships SET status = 'Invited', invite_expires_at = ?, updated_at = ?
       WHERE organization_id = ? AND user_id = ?`,
    ).run(expiresAt, at, org, user.id);
  }
  setMemberRole(context, user.id, roleId);

  const id = newId('invitation', now);
  sql(
    context.db,
    `INSERT INTO invitations (id, organization_id, user_id, email, state, role_id,
       inviter_user_id, expires_at, last_sent_at, created_at)
     VALUES (?, ?, ?, ?, 'Pending', ?, ?, ?, ?, ?)`,
  ).run(id, org, user.id, user.email, roleId, context.viewer.userId, expiresAt, at, at);

  return latestInvitation(context, user.id)!;
}

function setMemberRole(context: Context, userId: string, roleId: string) {
  const { id } = sql(
    context.db,
    'SELECT id FROM memberships WHERE organization_id = ? AND user_id = ?',
  ).get(context.viewer.organizationId, userId) as { id: string };

  sql(context.db, 'DELETE FROM membership_roles WHERE membership_id = ?').run(id);
  sql(context.db, 'INSERT INTO membership_roles (membership_id, role_id) VALUES (?, ?)').run(
    id,
    roleId,
  );
}

function notifyInvitee(context: Context, invitation: InvitationRow, organizationName: string) {
  const inviter = sql(
    context.db,
    'SELECT first_name, last_name, email FROM users WHERE id = ?',
  ).get(context.viewer.userId) as {
    first_name: string | null;
    last_name: string | null;
    email: string;
  };
  const inviterName =
    [inviter.first_name, inviter.last_name].filter(Boolean).join(' ') || inviter.email;

  sendEmail(context.db, context.clock, {
    to: invitation.email,
    userId: invitation.userId,
    kind: 'invitation',
    subject: `${inviterName} invited you to ${organizationName}`,
    body:
      `${inviterName} invited you to join ${organizationName}.\n\n` +
      `The invitation is valid until ${invitation.expiresAt}.`,
    data: { invitationId: invitation.id, organizationId: context.viewer.organizationId },
  });
}

function revokeInvitation(_: unknown, { input }: { input: { userId: string } }, context: Context) {
  requirePermission(context, MANAGE_MEMBERS);

  return transaction(context, () => {
    const invitation = latestInvitation(context, input.userId);
    if (!invitation) return { __typename: 'InvitationNotFound', userId: input.userId };
    if (invitation.status !== 'Pending') {
      return { __typename: 'InvitationNotPending', userId: input.userId };
    }

    const now = nowIso(context);
    sql(context.db, `UPDATE invitations SET state = 'Revoked', revoked_at = ? WHERE id = ?`).run(
      now,
      invitation.id,
    );
    sql(
      context.db,
      `UPDATE memberships SET status = 'InviteRevoked', updated_at = ?
       WHERE organization_id = ? AND user_id = ? AND status = 'Invited'`,
    ).run(now, context.viewer.organizationId, input.userId);

    return { __typename: 'InvitationRevoked', invitation: latestInvitation(context, input.userId) };
  });
}

function resendInvitation(_: unknown, { input }: { input: { userId: string } }, context: Context) {
  requirePermission(context, MANAGE_MEMBERS);

  return transaction(context, () => {
    const invitation = latestInvitation(context, input.userId);
    const standing = invitation ? membershipStanding(context, input.userId) : 'none';
    if (!invitation || standing === 'none') {
      return { __typename: 'ResendInvitationNotFound', userId: input.userId };
    }
    if (invitation.status === 'Accepted' || standing === 'member') {
      return { __typename: 'InviteeAlreadyAccepted', userId: input.userId };
    }
    if (!isDeliverable(invitation.email)) {
      return { __typename: 'InviteeEmailNotDeliverable', email: invitation.email };
    }

    renew(context, invitation);
    const renewed = latestInvitation(context, input.userId)!;
    const organization = sql(context.db, 'SELECT name FROM organizations WHERE id = ?').get(
      context.viewer.organizationId,
    ) as { name: string };
    notifyInvitee(context, renewed, organization.name);
    return { __typename: 'InvitationResent', invitation: renewed };
  });
}

/** Makes an invitation pending again, for as many days as it first ran. */
function renew(context: Context, invitation: InvitationRow) {
  const now = context.clock.now();
  const firstRun = Date.parse(invitation.expiresAt) - Date.parse(invitation.lastSentAt);
  const days = Math.min(30, Math.max(1, Math.round(firstRun / (DAY * 1000))));
  const expiresAt = addSeconds(now, days * DAY).toISOString();

  sql(
    context.db,
    `UPDATE invitations SET state = 'Pending', revoked_at = NULL, expires_at = ?, last_sent_at = ?
     WHERE id = ?`,
  ).run(expiresAt, now.toISOString(), invitation.id);
  sql(
    context.db,
    `UPDATE memberships SET status = 'Invited', invite_expires_at = ?, updated_at = ?
     WHERE organization_id = ? AND user_id = ?`,
  ).run(expiresAt, now.toISOString(), context.viewer.organizationId, invitation.userId);
}

export const invitationsResolvers = {
  Query: { invitations },
  Mutation: { inviteUser, revokeInvitation, resendInvitation },
};
