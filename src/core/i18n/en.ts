/**
 * Every string the elements show, in English. Another locale is a file of
 * the same shape (`Messages` checks it) registered in `./index.ts`.
 * Functions take the parts that vary; the catalogue decides word order.
 */
export const en = {
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  loading: 'Loading…',
  you: 'You',
  never: 'Never',
  loadFailed: 'This could not be loaded. Check your connection and try again.',
  expired: 'Your session has expired. Sign in again to continue.',
  forbidden: 'You do not have access to this.',
  notConfigured: 'This element needs a token: set token, token-url or a <workos-provider>.',
  actionFailed: 'That did not work. Try again in a moment.',
  rateLimited: 'Too many requests. Wait a moment, then try again.',

  members: {
    label: 'Members',
    search: 'Search by name or email',
    roleFilter: 'Role',
    allRoles: 'All roles',
    member: 'Member',
    roles: 'Role',
    status: 'Status',
    lastActive: 'Last active',
    actions: 'Actions',
    actionsFor: (name: string) => `Actions for ${name}`,
    empty: 'No members yet.',
    noMatches: (search: string) => `No members match “${search}”.`,
    pagination: 'Pages of members',
    status_Active: 'Active',
    status_Invited: 'Invited',
    status_InviteExpired: 'Invite expired',
    status_InviteRevoked: 'Invite revoked',
    status_NoInvite: 'Not signed in yet',
    invite: 'Invite member',
    changeRole: 'Change role',
    remove: 'Remove',
    resend: 'Resend invitation',
    resendShort: 'Resend',
    revoke: 'Revoke invitation',
    revokeShort: 'Revoke',
  },

  invitations: {
    label: 'Invitations',
    statusFilter: 'Show invitations',
    all: 'All',
    statuses: { Pending: 'Pending', Expired: 'Expired', Revoked: 'Revoked', Accepted: 'Accepted' },
    email: 'Email',
    role: 'Role',
    status: 'Status',
    sent: 'Sent',
    expires: 'Expires',
    actions: 'Actions',
    empty: 'No invitations yet.',
    emptyStatus: (status: string) => `No invitations are ${status.toLowerCase()}.`,
    pagination: 'Pages of invitations',
  },

  changeRole: {
    title: (name: string) => `Change the role of ${name}`,
    save: 'Save role',
    roleNotFound: (slugs: string) => `These roles no longer exist: ${slugs}.`,
    memberNotFound: 'This member is no longer in the organization.',
    done: (name: string) => `${name}’s role was changed.`,
  },

  remove: {
    title: (name: string) => `Remove ${name}?`,
    body: (name: string) =>
      `${name} loses access to this organization at once, and their sessions here end.`,
    confirm: 'Remove member',
    managedByDirectory: 'A directory sync manages this member: remove them in the directory.',
    memberNotFound: 'This member is no longer in the organization.',
    done: (name: string) => `${name} was removed.`,
  },

  pages: {
    range: (from: number, to: number) => `${from}–${to}`,
    previous: 'Previous page',
    next: 'Next page',
  },

  invite: {
    title: 'Invite members',
    emails: 'Email addresses',
    emailsHint: 'Several at once: separate them with commas, spaces or new lines.',
    role: 'Role',
    expiry: 'Expires after (days)',
    send: 'Send invitations',
    results: 'Results',
    noAddress: 'Enter at least one email address.',
    cancelled: (email: string) => `${email} was not invited.`,
    sent: (count: number) => (count === 1 ? 'Invitation sent.' : `${count} invitations sent.`),
    alreadyInvited: (email: string) => `${email} already has a pending invitation.`,
    alreadyMember: (email: string) => `${email} is already a member.`,
    invalidEmail: (email: string) => `“${email}” is not an email address.`,
    invalidRole: 'This role no longer exists. Choose another.',
    invalidExpiry: 'The invitation’s expiry is not valid.',
    notDeliverable: (email: string) => `Mail to ${email} cannot be delivered.`,
    blocked: 'This organization cannot send invitations.',
    done: (email: string) => `Invitation sent to ${email}.`,
  },

  resend: {
    title: (email: string) => `Resend the invitation to ${email}?`,
    confirm: 'Resend invitation',
    alreadyAccepted: 'This invitation was already accepted.',
    notFound: 'This invitation no longer exists.',
    notDeliverable: (email: string) => `Mail to ${email} cannot be delivered.`,
    done: (email: string) => `Invitation sent again to ${email}.`,
  },

  revoke: {
    title: (email: string) => `Revoke the invitation to ${email}?`,
    body: 'The link in their email stops working.',
    confirm: 'Revoke invitation',
    notPending: 'This invitation is no longer pending.',
    notFound: 'This invitation no longer exists.',
    done: (email: string) => `The invitation to ${email} was revoked.`,
  },
};

export type Messages = typeof en;
