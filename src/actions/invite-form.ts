import { html, nothing } from 'lit';
import { failed } from '../core/dialog.js';
import { emit } from '../core/events.js';
import type { WorkosElement } from '../core/workos-element.js';
import { graphql } from '../core/graphql.js';
import { InvitationFields } from './documents.js';

/** Lives here rather than with the other actions: the form loads on demand. */
export const InviteMember = graphql(
  `
    mutation InviteMember($input: InviteUserInput!) {
      inviteUser(input: $input) {
        __typename
        ... on UserInvited {
          invitation {
            ...InvitationFields
          }
        }
      }
    }
  `,
  [InvitationFields],
);

/** A role as the invite form offers it. */
export interface InviteRole {
  slug: string;
  name: string;
  isDefault: boolean;
}

/** What became of one address. */
export interface InviteResult {
  email: string;
  invited: boolean;
  message: string;
}

export interface InviteFormOptions {
  roles: () => readonly InviteRole[];
  /** Whether to offer the number of days before the invitations expire. */
  expiry: boolean;
  /** Called when every address was invited. */
  onDone: (message: string) => void;
}

/**
 * Addresses in pasted text: separated by commas, semicolons (Latin or
 * Arabic), spaces or new lines.
 */
export function parseAddresses(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;\u060C\u061B]+/)
    .map((part) => part.trim())
    .filter((part) => part && !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()));
}

/**
 * The invite form: one address or many at once, a role and an expiry. Each
 * address gets its own answer; the ones that failed stay in the field, with
 * their reasons listed, so nothing typed is lost.
 */
export class InviteForm {
  private text = '';
  private results: InviteResult[] = [];
  private error = '';
  private busy = false;

  constructor(
    private readonly host: WorkosElement,
    private readonly options: InviteFormOptions,
  ) {}

  /** Empties the form for a new invitation. */
  reset() {
    this.text = '';
    this.results = [];
    this.error = '';
    this.busy = false;
    this.host.requestUpdate();
  }

  render(onCancel: () => void) {
    const t = this.host.messages.invite;
    const roles = this.options.roles();

    return html`<form method="dialog" novalidate @submit=${this.submit}>
      <h2 id="dialog-title">${t.title}</h2>
      <label class="field">
        <span>${t.emails}</span>
        <textarea
          name="emails"
          rows="3"
          autocomplete="off"
          aria-invalid=${this.error || this.results.some((r) => !r.invited) ? 'true' : 'false'}
          aria-describedby="invite-hint dialog-error"
          .value=${this.text}
          @input=${(event: InputEvent) => (this.text = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span id="invite-hint" class="muted">${t.emailsHint}</span>
      </label>
      <label class="field">
        <span>${t.role}</span>
        <select name="role">
          ${roles.map(
            (role) =>
              html`<option value=${role.slug} ?selected=${role.isDefault}>${role.name}</option>`,
          )}
        </select>
      </label>
      ${
        this.options.expiry
          ? html`<label class="field">
              <span>${t.expiry}</span>
              <input name="days" type="number" min="1" max="30" value="7" inputmode="numeric" />
            </label>`
          : nothing
      }
      <p id="dialog-error" class="field-error" role="alert">${this.error}</p>
      ${this.renderResults()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${onCancel}>${this.host.messages.cancel}</button>
        <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
          ${t.send}
        </button>
      </div>
    </form>`;
  }

  private renderResults() {
    if (!this.results.length) return nothing;
    return html`<ul class="invite-results" aria-label=${this.host.messages.invite.results}>
      ${this.results.map(
        (result) =>
          html`<li data-outcome=${result.invited ? 'invited' : 'failed'}>${result.message}</li>`,
      )}
    </ul>`;
  }

  private submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const t = this.host.messages.invite;
    const data = new FormData(event.target as HTMLFormElement);
    const emails = parseAddresses(this.text);
    if (!emails.length) {
      this.error = t.noAddress;
      return this.host.requestUpdate();
    }

    const roleSlug = String(data.get('role') ?? '') || null;
    const days = data.has('days') ? Number(data.get('days')) : null;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();

    const results: InviteResult[] = [];
    for (const email of emails) results.push(await this.invite(email, roleSlug, days));
    this.finish(results);
  };

  /** Invites one address: intent, mutation, result event. */
  private async invite(email: string, roleSlug: string | null, days: number | null) {
    const t = this.host.messages.invite;
    if (!emit(this.host, 'workos-member-invite', { email, roleSlug }, { cancelable: true })) {
      return { email, invited: false, message: t.cancelled(email) };
    }

    const input = { email, roleSlug, ...(days === null ? {} : { expiresInDays: days }) };
    const data = await this.host.mutate(InviteMember, { input }, [
      'OrganizationMember',
      'OrganizationInvitation',
    ]);
    const result = data?.inviteUser;
    if (!result) return { email, invited: false, message: failed(this.host).message };
    if (result.__typename === 'UserInvited') {
      emit(this.host, 'workos-member-invited', { invitation: result.invitation });
      return { email, invited: true, message: t.done(email) };
    }
    return { email, invited: false, message: this.reason(result.__typename, email) };
  }

  private reason(typename: string, email: string) {
    const t = this.host.messages.invite;
    const reasons: Record<string, string> = {
      InviteeAlreadyInvited: t.alreadyInvited(email),
      InviteeAlreadyMember: t.alreadyMember(email),
      InvalidInviteeEmail: t.invalidEmail(email),
      InvalidInviteeRole: t.invalidRole,
      InvalidInvitationExpiry: t.invalidExpiry,
      InviteeEmailNotDeliverable: t.notDeliverable(email),
      OrganizationBlockedFromSendingInvites: t.blocked,
    };
    return reasons[typename] ?? this.host.messages.actionFailed;
  }

  /** Keeps the failed addresses in the field; closes when none failed. */
  private finish(results: InviteResult[]) {
    const failed = results.filter((result) => !result.invited);
    this.busy = false;
    this.results = results;
    this.text = failed.map((result) => result.email).join('\n');
    this.host.requestUpdate();

    const invited = results.length - failed.length;
    if (!failed.length) this.options.onDone(this.host.messages.invite.sent(invited));
  }
}
