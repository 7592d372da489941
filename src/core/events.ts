/** Why an operation failed, as `workos-error` reports it. */
export type ErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'network'
  | 'rate-limited'
  | 'invalid-request'
  | 'server'
  | 'rejected';

export interface WorkosErrorDetail {
  /** A stable code to switch on. */
  code: ErrorCode;
  /** The GraphQL operation that failed, such as `RemoveMember`. */
  operation: string;
  /** A message for a developer; the element shows its own text to the user. */
  message: string;
}

/** A member as events report it. */
export interface MemberDetail {
  id: string;
  email: string;
  roles: { slug: string; name: string }[];
}

/** An invitation as events report it. */
export interface InvitationDetail {
  id: string;
  userId: string;
  email: string;
  roleSlug: string | null;
  expiresAt: string;
}

/** The signed-in user as the profile's events report them. */
export interface ProfileDetail {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: string | null;
}

/** A passkey as events report it. */
export interface PasskeyDetail {
  id: string;
  name: string;
  createdAt: string;
}

/**
 * Every event the elements dispatch, with its detail. An intent event
 * (`workos-member-remove`) is cancelable and comes before the change; its
 * result event (`workos-member-removed`) follows success.
 */
export interface WorkosEventMap {
  'workos-error': WorkosErrorDetail;
  'workos-token-expired': { apiUrl: string };
  'workos-member-role-update': { userId: string; roleSlugs: string[] };
  'workos-member-role-updated': { member: MemberDetail };
  'workos-member-remove': { userId: string; email: string };
  'workos-member-removed': { userId: string; email: string };
  'workos-member-invite': { email: string; roleSlug: string | null };
  'workos-member-invited': { invitation: InvitationDetail };
  'workos-invitation-resend': { userId: string; email: string };
  'workos-invitation-resent': { invitation: InvitationDetail };
  'workos-invitation-revoke': { userId: string; email: string };
  'workos-invitation-revoked': { invitation: InvitationDetail };
  'workos-profile-update': {
    firstName: string | null;
    lastName: string | null;
    locale: string | null;
  };
  'workos-profile-updated': { user: ProfileDetail };
  'workos-email-change': { newEmail: string };
  'workos-email-changed': { email: string; previousEmail: string };
  'workos-totp-enroll': Record<string, never>;
  'workos-totp-enrolled': { factorId: string };
  'workos-mfa-factor-remove': Record<string, never>;
  'workos-mfa-factor-removed': Record<string, never>;
  'workos-passkey-register': Record<string, never>;
  'workos-passkey-registered': { passkey: PasskeyDetail };
  'workos-passkey-delete': { passkeyId: string; name: string };
  'workos-passkey-deleted': { passkeyId: string; name: string };
  'workos-session-revoke': { sessionId: string };
  'workos-session-revoked': { sessionId: string };
  'workos-sessions-revoke': Record<string, never>;
  'workos-sessions-revoked': { revokedCount: number };
}

export type WorkosEventName = keyof WorkosEventMap;

export type WorkosEvent<K extends WorkosEventName> = CustomEvent<WorkosEventMap[K]>;

type WorkosEvents = { [K in WorkosEventName]: WorkosEvent<K> };

declare global {
  // Typed listeners for every workos-* event on any element or the document.
  interface HTMLElementEventMap extends WorkosEvents {}
  interface DocumentEventMap extends WorkosEvents {}
}

/**
 * Dispatches a `workos-*` event from `target`: bubbling and composed, so the
 * host hears it outside the shadow root. Returns false when a listener
 * cancelled a cancelable event.
 */
export function emit<K extends WorkosEventName>(
  target: EventTarget,
  name: K,
  detail: WorkosEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}
