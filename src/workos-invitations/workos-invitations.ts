import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RolesQuery } from '../actions/documents.js';
import { InviteAction } from '../actions/invite-action.js';
import { confirmInvitationAction } from '../actions/invitation-actions.js';
import { DialogController, done } from '../core/dialog.js';
import type { ResultOf } from '../core/graphql.js';
import { Pager } from '../core/pager.js';
import { QueryController } from '../core/query.js';
import { Ticker } from '../core/ticker.js';
import { baseStyles } from '../core/styles.js';
import { tableStyles } from '../core/table-styles.js';
import { dataTable } from '../core/data-table.js';
import { loadError, timeAgo } from '../core/templates.js';
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
    const { data, error, loading, stale } = this.invitations;
    if (error && !data) return loadError(this.messages, () => this.invitations.retry());

    return dataTable({
      caption: t.label,
      columns: [
        { name: 'email', heading: t.email },
        { name: 'role', heading: t.role },
        { name: 'status', heading: t.status },
        { name: 'sent', heading: t.sent },
        { name: 'expires', heading: t.expires },
        { name: 'actions', heading: t.actions, hidden: true },
      ],
      rows: data?.invitations.data,
      renderRow: (invitation) => this.renderRow(invitation),
      empty: this.shown === 'all' ? t.empty : t.emptyStatus(t.statuses[this.shown]),
      loading,
      stale,
      skeletonRows: this.pageSize,
    });
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

    return html`<div class="row-actions" role="group" aria-label=${t.actionsFor(invitation.email)}>
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

    const { userId, email } = dialog.invitation;
    return confirmInvitationAction(this, this.dialogs, dialog.kind, { userId, email });
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
