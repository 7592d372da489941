import { done, failed, failure, type DialogController } from '../core/dialog.js';
import { emit } from '../core/events.js';
import type { WorkosElement } from '../core/workos-element.js';
import { ResendInvitation, RevokeInvitation } from './documents.js';

/** Whom an invitation action is about. */
export interface Invitee {
  userId: string;
  email: string;
}

/** The list queries an invitation change makes stale, on every element of the page. */
const TOUCHED = ['OrganizationMember', 'OrganizationInvitation'];

/**
 * Sends an invitation again: the cancelable intent, the mutation, and the
 * result event on success. Null when the host cancelled.
 */
export async function resendInvitation(host: WorkosElement, invitee: Invitee) {
  const t = host.messages.resend;
  if (!emit(host, 'workos-invitation-resend', invitee, { cancelable: true })) return null;

  const data = await host.mutate(ResendInvitation, { input: { userId: invitee.userId } }, TOUCHED);
  const result = data?.resendInvitation;
  if (!result) return failed(host);

  switch (result.__typename) {
    case 'InvitationResent':
      emit(host, 'workos-invitation-resent', { invitation: result.invitation });
      return done(t.done(invitee.email));
    case 'InviteeAlreadyAccepted':
      return failure(t.alreadyAccepted);
    case 'InviteeEmailNotDeliverable':
      return failure(t.notDeliverable(invitee.email));
    default:
      return failure(t.notFound);
  }
}

/** Withdraws a pending invitation, with its events. Null when the host cancelled. */
export async function revokeInvitation(host: WorkosElement, invitee: Invitee) {
  const t = host.messages.revoke;
  if (!emit(host, 'workos-invitation-revoke', invitee, { cancelable: true })) return null;

  const data = await host.mutate(RevokeInvitation, { input: { userId: invitee.userId } }, TOUCHED);
  const result = data?.revokeInvitation;
  if (!result) return failed(host);

  if (result.__typename === 'InvitationRevoked') {
    emit(host, 'workos-invitation-revoked', { invitation: result.invitation });
    return done(t.done(invitee.email));
  }
  return failure(result.__typename === 'InvitationNotPending' ? t.notPending : t.notFound);
}

/** The dialog that confirms resending or revoking an invitation, and then does it. */
export function confirmInvitationAction(
  host: WorkosElement,
  dialogs: Pick<DialogController<unknown>, 'confirmation'>,
  kind: 'resend' | 'revoke',
  invitee: Invitee,
) {
  const { cancel, resend, revoke } = host.messages;
  if (kind === 'resend') {
    return dialogs.confirmation({
      title: resend.title(invitee.email),
      confirm: resend.confirm,
      cancel,
      tone: 'primary',
      onConfirm: () => resendInvitation(host, invitee),
    });
  }
  return dialogs.confirmation({
    title: revoke.title(invitee.email),
    body: revoke.body,
    confirm: revoke.confirm,
    cancel,
    tone: 'danger',
    onConfirm: () => revokeInvitation(host, invitee),
  });
}
