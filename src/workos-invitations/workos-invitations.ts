import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RolesQuery } from '../actions/documents.js';
import { InviteAction } from '../actions/invite-action.js';
import { resendInvitation, revokeInvitation } from '../actions/invitation-actions.js';
import { DialogController, done } from '../core/dialog.js';
import type { ResultOf } from '../core/graphql.js';
import { Pager } from '../core/pager.js';
import { QueryController } from '../core/query.js';
import { Ticker } from '../core/ticker.js';
import { baseStyles } from '../core/styles.js';
import { tableStyles } from '../core/table-styles.js';
import { loadError, skeletonRows, timeAgo } from '../core/templates.js';
import { MANAGE_MEMBERS, WorkosElement } from '../core/workos-element.js';
import { InvitationsQuery } from './documents.js';
import { invitationsStyles } from './styles.js';

type Invitation = ResultOf<typeof InvitationsQuery>['invitations']['data'][number];
type Status = 'Pending' | 'Expired' | 'Revoked' | 'Accepted';

const STATUSES: Status[] = ['Pending', 'Expired', 'Revoked', 'Accepted'];

type Dialog = { kind: 'invite' } | { kind: 'resend' | 'revoke'; invitation: Invitation };

/**
 * The invitations of the token's organization, by status, for an admin who
 * onboards people: invite several addresses at once, resend, revoke.
 *
 * @summary An organization's invitations, with inviting, resending and revoking.
 *
 * @fires {WorkosEvent<'workos-member-invite'>} workos-member-invite - Before each address is
 *   invited; cancelable.
 * @fires {WorkosEvent<'workos-member-invited'>} workos-member-invited - After each invitation.
 * @fires {WorkosEvent<'workos-invitation-resend'>} workos-invitation-resend - Before a resend;
 *   cancelable.
 * @fires {WorkosEvent<'workos-invitation-resent'>} workos-invitation-resent - After a resend.
 * @fires {WorkosEvent<'workos-invitation-revoke'>} workos-invitation-revoke - Before a revocation;
 *   cancelable.
 * @fires {WorkosEvent<'workos-invitation-revoked'>} workos-invitation-revoked - After a revocation.
 * @fires {WorkosEvent<'workos-error'>} workos-error - An operation failed.
 * @fires {WorkosEvent<'workos-token-expired'>} workos-token-expired - No fresh token could be had.
 *
 * @csspart base - The element's box.
 * @csspart toolbar - The status filter and invite button.
 * @csspart table - The table.
 * @csspart row - Each invitation's row.
 * @csspart status - Each invitation's status badge.
 * @csspart button - Every button.
 * @csspart footer - The range and page buttons.
 * @csspart dialog - The dialogs.
 * @csspart notice - The expired, forbidden and error messages.
 *
 * @cssprop --workos-color-accent - Primary buttons and focus.
 * @cssprop --workos-color-background - The element's background.
 * @cssprop --workos-color-foreground - Text.
 * @cssprop --workos-color-border - Lines and field borders.
 * @cssprop --workos-color-danger - Destructive actions and errors.
 * @cssprop --workos-radius - Corner radius.
 * @cssprop --workos-spacing - The spacing unit.
 * @cssprop --workos-font-family - The font.
 *
 * @tagname workos-invitations
 */
export class WorkosInvitations extends WorkosElement {
  static override styles = [baseStyles, tableStyles, invitationsStyles];

  /** Invitations per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 10;

  /** The status shown first: `Pending`, `Expired`, `Revoked`, `Accepted`, or `all`. */
  @property()
  status: 'Pending' | 'Expired' | 'Revoked' | 'Accepted' | 'all' = 'Pending';

  @state() private shown: Status | 'all' = 'Pending';

  private readonly dialogs = new DialogController<Dialog>(this);
  /** Keeps the relative times true while the page stays open. */
  protected readonly ticker = new Ticker(this);
  private readonly pager = new Pager(this, () => this.pageSize);

  private readonly invitations = new QueryController(
    this,
    InvitationsQuery,
    () => ({ ...this.pager.variables, status: this.statusFilter }),
    ['OrganizationInvitation'],
  );

  private readonly roles = new QueryController(this, RolesQuery, () => ({}));

  private readonly invite = new InviteAction(
    this,
    this.dialogs,
    { kind: 'invite' },
    {
      roles: () => this.roles.data?.roles.roles ?? [],
      expiry: true,
      onDone: (message) => this.dialogs.finish(done(message)),
    },
  );

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('status')) this.shown = this.status;
    if (changed.has('status') || changed.has('pageSize')) this.pager.reset();
  }

  private get statusFilter(): Status | null {
    return this.shown === 'all' ? null : this.shown;
  }

  private get canManage() {
    return this.can(MANAGE_MEMBERS);
  }

  protected override renderContent(): TemplateResult {
    return html`${this.renderToolbar()} ${this.renderTable()} ${this.renderFooter()}
    ${this.dialogs.renderAnnouncement()}
    ${this.dialogs.render((dialog) => this.renderDialog(dialog))}`;
  }

  private renderToolbar() {
    const t = this.messages.invitations;
    const choices: (Status | 'all')[] = [...STATUSES, 'all'];

    return html`<div class="toolbar" part="toolbar">
      <fieldset class="statuses" @change=${this.onStatus}>
        <legend class="visually-hidden">${t.statusFilter}</legend>
        ${choices.map(
          (status) =>
            html`<label>
              <input type="radio" name="status" value=${status} .checked=${status === this.shown} />
              ${status === 'all' ? t.all : t.statuses[status]}
            </label>`,
        )}
      </fieldset>
      ${this.canManage ? this.invite.renderButton(this.messages.invite.title) : nothing}
    </div>`;
  }

  private renderTable() {
    const t = this.messages.invitations;
    if (this.invitations.error && !this.invitations.data) {
      return loadError(this.messages, () => this.invitations.retry());
    }

    const busy = this.invitations.loading || this.invitations.stale;
    return html`<table part="table" aria-busy=${busy}>
      <caption class="visually-hidden">
        ${t.label}
      </caption>
      <colgroup>
        <col class="col-email" />
        <col class="col-role" />
        <col class="col-status" />
        <col class="col-sent" />
        <col class="col-expires" />
        <col class="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">${t.email}</th>
          <th scope="col">${t.role}</th>
          <th scope="col">${t.status}</th>
          <th scope="col">${t.sent}</th>
          <th scope="col">${t.expires}</th>
          <th scope="col"><span class="visually-hidden">${t.actions}</span></th>
        </tr>
      </thead>
      <tbody class=${this.invitations.stale ? 'stale' : ''}>
        ${this.invitations.data ? this.renderRows() : skeletonRows(this.pageSize, 6)}
      </tbody>
    </table>`;
  }

  private renderRows() {
    const rows = this.invitations.data!.invitations.data;
    const t = this.messages.invitations;
    if (rows.length === 0) {
      const text = this.shown === 'all' ? t.empty : t.emptyStatus(t.statuses[this.shown]);
      return html`<tr>
        <td colspan="6" class="empty">${text}</td>
      </tr>`;
    }
    return repeat(
      rows,
      (invitation) => invitation.id,
      (invitation) => this.renderRow(invitation),
    );
  }

  private renderRow(invitation: Invitation) {
    const roles = this.roles.data?.roles.roles ?? [];
    const role = roles.find((r) => r.slug === invitation.roleSlug)?.name ?? invitation.roleSlug;

    return html`<tr part="row">
      <th scope="row"><bdi>${invitation.email}</bdi></th>
      <td>${role ?? ''}</td>
      <td>
        <span class="status" part="status" data-status=${invitation.status}>
          ${this.messages.invitations.statuses[invitation.status]}
        </span>
      </td>
      <td>${timeAgo(invitation.lastSentAt, this.resolvedLocale)}</td>
      <td>${timeAgo(invitation.expiresAt, this.resolvedLocale)}</td>
      <td class="actions">${this.canManage ? this.renderActions(invitation) : nothing}</td>
    </tr>`;
  }

  private renderActions(invitation: Invitation) {
    const t = this.messages.members;
    const action = (label: string, longLabel: string, kind: 'resend' | 'revoke') =>
      html`<button
        class="small ${kind === 'revoke' ? 'danger-text' : ''}"
        part="button"
        aria-label=${this.messages.actionOn(longLabel, invitation.email)}
        @click=${() => this.dialogs.open({ kind, invitation })}
      >
        ${label}
      </button>`;

    return html`<div class="row-actions">
      ${invitation.status === 'Accepted' ? nothing : action(t.resendShort, t.resend, 'resend')}
      ${invitation.status === 'Pending' ? action(t.revokeShort, t.revoke, 'revoke') : nothing}
    </div>`;
  }

  private renderFooter() {
    if (this.invitations.error && !this.invitations.data) return nothing;
    const page = this.invitations.data?.invitations;
    const busy = !page || this.invitations.stale;
    return this.pager.render(page, busy, this.messages.pages, this.messages.invitations.pagination);
  }

  private renderDialog(dialog: Dialog) {
    if (dialog.kind === 'invite') return this.invite.renderForm();

    const { invitation } = dialog;
    const invitee = { userId: invitation.userId, email: invitation.email };
    const cancel = this.messages.cancel;
    if (dialog.kind === 'resend') {
      const t = this.messages.resend;
      return this.dialogs.confirmation({
        title: t.title(invitation.email),
        confirm: t.confirm,
        cancel,
        tone: 'primary',
        onConfirm: () => resendInvitation(this, invitee),
      });
    }
    const t = this.messages.revoke;
    return this.dialogs.confirmation({
      title: t.title(invitation.email),
      body: t.body,
      confirm: t.confirm,
      cancel,
      tone: 'danger',
      onConfirm: () => revokeInvitation(this, invitee),
    });
  }

  private onStatus(event: Event) {
    this.shown = (event.target as HTMLInputElement).value as Status | 'all';
    this.pager.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workos-invitations': WorkosInvitations;
  }
}
