import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { avatar, displayName } from '../core/avatar.js';
import { DialogController } from '../core/dialog.js';
import { emit } from '../core/events.js';
import type { ResultOf } from '../core/graphql.js';
import { formatDateTime, formatRelative } from '../core/i18n/index.js';
import { QueryController } from '../core/query.js';
import { baseStyles } from '../core/styles.js';
import { WorkosElement } from '../core/workos-element.js';
import {
  InviteMember,
  MembersQuery,
  RemoveMember,
  ResendInvitation,
  RevokeInvitation,
  RolesQuery,
  UpdateMemberRole,
} from './documents.js';
import { membersTableStyles } from './styles.js';

type Member = ResultOf<typeof MembersQuery>['organizationMemberships']['data'][number];
type Role = ResultOf<typeof RolesQuery>['roles']['roles'][number];

/** The permission the API requires for every action of this table. */
const MANAGE_MEMBERS = 'widgets:users-table:manage';

const SEARCH_DELAY_MS = 250;

type Dialog =
  { kind: 'invite' } | { kind: 'role' | 'remove' | 'resend' | 'revoke'; member: Member };

/**
 * The members of the token's organization: search, role filter, pages, and
 * for those allowed to manage members, invitations, role changes and
 * removals.
 *
 * @summary A table of an organization's members, with the actions to manage them.
 *
 * @fires workos-member-role-update - Before a role change; cancelable. `{ userId, roleSlugs }`
 * @fires workos-member-role-updated - After a role change. `{ member }`
 * @fires workos-member-remove - Before a removal; cancelable. `{ userId, email }`
 * @fires workos-member-removed - After a removal. `{ userId, email }`
 * @fires workos-member-invite - Before an invitation; cancelable. `{ email, roleSlug }`
 * @fires workos-member-invited - After an invitation. `{ invitation }`
 * @fires workos-invitation-resend - Before a resend; cancelable. `{ userId, email }`
 * @fires workos-invitation-resent - After a resend. `{ invitation }`
 * @fires workos-invitation-revoke - Before a revocation; cancelable. `{ userId, email }`
 * @fires workos-invitation-revoked - After a revocation. `{ invitation }`
 * @fires workos-error - An operation failed. `{ code, operation, message }`
 * @fires workos-token-expired - No fresh token could be had. `{ apiUrl }`
 *
 * @csspart base - The element's box.
 * @csspart toolbar - The search, filter and invite row.
 * @csspart search - The search field.
 * @csspart role-filter - The role filter.
 * @csspart table - The table.
 * @csspart row - Each member's row.
 * @csspart avatar - Each member's picture or initials.
 * @csspart status - Each member's status badge.
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
 */
export class WorkosMembersTable extends WorkosElement {
  static override styles = [baseStyles, membersTableStyles];

  /** Members per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 10;

  @state() private searchText = '';
  @state() private search = '';
  @state() private roleSlug = '';
  @state() private cursor: { after?: string; before?: string } = {};
  @state() private offset = 0;
  @state() private dialog: Dialog | null = null;
  @state() private dialogError = '';
  @state() private busy = false;
  @state() private announcement = '';

  @query('dialog') private dialogElement!: HTMLDialogElement | null;

  private readonly dialogs = new DialogController(this, () => this.dialogElement);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly members = new QueryController(this, MembersQuery, () => ({
    limit: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
    ...this.cursor,
    search: this.search || null,
    roleSlug: this.roleSlug || null,
  }));

  private readonly roles = new QueryController(this, RolesQuery, () => ({}));

  private get canManage() {
    return this.can(MANAGE_MEMBERS);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('pageSize')) this.firstPage();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  private firstPage() {
    this.cursor = {};
    this.offset = 0;
  }

  // ------------------------------------------------------------ rendering

  protected override render() {
    const blocked = this.renderBlocked();
    if (blocked) return html`<div class="base" part="base">${blocked}</div>`;

    return html`<div class="base" part="base">
      ${this.renderToolbar()} ${this.renderTable()} ${this.renderFooter()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderToolbar() {
    const t = this.messages.members;
    const roles = this.roles.data?.roles.roles ?? [];

    return html`<div class="toolbar" part="toolbar">
      <input
        type="search"
        part="search"
        aria-label=${t.search}
        placeholder=${t.search}
        .value=${this.searchText}
        @input=${this.onSearchInput}
      />
      <select part="role-filter" aria-label=${t.roleFilter} @change=${this.onRoleFilter}>
        <option value="" ?selected=${!this.roleSlug}>${t.allRoles}</option>
        ${roles.map(
          (role) =>
            html`<option value=${role.slug} ?selected=${role.slug === this.roleSlug}>
              ${role.name}
            </option>`,
        )}
      </select>
      ${
        this.canManage
          ? html`<button class="primary" part="button" @click=${this.openInvite}>
              ${t.invite}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderTable() {
    const t = this.messages.members;
    if (this.members.error && !this.members.data) {
      return html`<div class="notice" part="notice" role="alert">
        ${this.messages.loadFailed}
        <button part="button" @click=${() => this.members.retry()}>${this.messages.retry}</button>
      </div>`;
    }

    return html`<table part="table" aria-busy=${this.members.loading || this.members.stale}>
      <caption class="visually-hidden">
        ${t.label}
      </caption>
      <colgroup>
        <col class="col-member" />
        <col class="col-roles" />
        <col class="col-status" />
        <col class="col-active" />
        <col class="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">${t.member}</th>
          <th scope="col">${t.roles}</th>
          <th scope="col">${t.status}</th>
          <th scope="col">${t.lastActive}</th>
          <th scope="col"><span class="visually-hidden">${t.actions}</span></th>
        </tr>
      </thead>
      <tbody class=${this.members.stale ? 'stale' : ''}>
        ${this.members.data ? this.renderRows() : this.renderSkeleton()}
      </tbody>
    </table>`;
  }

  private renderSkeleton() {
    return Array.from(
      { length: Math.min(this.pageSize, 25) },
      () =>
        html`<tr class="skeleton-row">
          ${[0, 1, 2, 3, 4].map(() => html`<td><span class="skeleton"></span></td>`)}
        </tr>`,
    );
  }

  private renderRows() {
    const rows = this.members.data!.organizationMemberships.data;
    if (rows.length === 0) {
      const t = this.messages.members;
      return html`<tr>
        <td colspan="5" class="empty">${this.search ? t.noMatches(this.search) : t.empty}</td>
      </tr>`;
    }
    return repeat(
      rows,
      (member) => member.id,
      (member) => this.renderRow(member),
    );
  }

  private renderRow(member: Member) {
    const t = this.messages.members;
    const isViewer = member.id === this.members.data?.me.id;

    return html`<tr part="row">
      <th scope="row">
        <div class="member">
          ${avatar(member)}
          <span class="identity">
            <span class="name">
              ${displayName(member)}
              ${isViewer ? html`<span class="badge you">${this.messages.you}</span>` : nothing}
            </span>
            ${
              member.firstName || member.lastName
                ? html`<span class="email">${member.email}</span>`
                : nothing
            }
          </span>
        </div>
      </th>
      <td>${member.roles.map((role) => role.name).join(', ')}</td>
      <td>
        <span class="status" part="status" data-status=${member.status}>
          ${t[`status_${member.status}`]}
        </span>
      </td>
      <td>${this.renderTime(member.lastActivityAt)}</td>
      <td class="actions">${this.canManage && !isViewer ? this.renderActions(member) : nothing}</td>
    </tr>`;
  }

  private renderTime(iso: string | null) {
    if (!iso) return html`<span class="muted">${this.messages.never}</span>`;
    return html`<time datetime=${iso} title=${formatDateTime(iso, this.resolvedLocale)}>
      ${formatRelative(iso, this.resolvedLocale)}
    </time>`;
  }

  private renderActions(member: Member) {
    const t = this.messages.members;
    const name = displayName(member);
    const button = (label: string, kind: Dialog['kind'], danger = false, longLabel = label) =>
      html`<button
        class="small ${danger ? 'danger-text' : ''}"
        part="button"
        aria-label=${`${longLabel}: ${name}`}
        @click=${() => this.openDialog({ kind, member } as Dialog)}
      >
        ${label}
      </button>`;

    const invited = member.status !== 'Active' && member.status !== 'NoInvite';
    return html`<div class="row-actions" role="group" aria-label=${t.actionsFor(name)}>
      ${
        invited
          ? html`${button(t.resendShort, 'resend', false, t.resend)}
            ${
              member.status === 'Invited'
                ? button(t.revokeShort, 'revoke', true, t.revoke)
                : nothing
            }`
          : html`${button(t.changeRole, 'role')}
            ${member.managedByDirectory ? nothing : button(t.remove, 'remove', true)}`
      }
    </div>`;
  }

  /** Present while loading too, so the element keeps its height. */
  private renderFooter() {
    const page = this.members.data?.organizationMemberships;
    if (page?.data.length === 0 || this.members.error) return nothing;
    const t = this.messages.members;
    const busy = !page || this.members.stale;

    return html`<nav class="footer" part="footer" aria-label=${t.pagination}>
      <span class="range"
        >${page ? t.range(this.offset + 1, this.offset + page.data.length) : ''}</span
      >
      <button
        part="button"
        class="small"
        aria-label=${t.previous}
        ?disabled=${busy || !page.listMetadata.before}
        @click=${() => this.turnPage('before')}
      >
        ‹
      </button>
      <button
        part="button"
        class="small"
        aria-label=${t.next}
        ?disabled=${busy || !page.listMetadata.after}
        @click=${() => this.turnPage('after')}
      >
        ›
      </button>
    </nav>`;
  }

  private renderDialog() {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      ${this.dialog ? this.renderDialogContent(this.dialog) : nothing}
    </dialog>`;
  }

  private renderDialogContent(dialog: Dialog) {
    switch (dialog.kind) {
      case 'invite':
        return this.renderInviteDialog();
      case 'role':
        return this.renderRoleDialog(dialog.member);
      default:
        return this.renderConfirmDialog(dialog.kind, dialog.member);
    }
  }

  private renderRoleDialog(member: Member) {
    const t = this.messages.changeRole;
    const roles = this.roles.data?.roles;
    const multiple = roles?.multipleRolesEnabled ?? false;
    const held = new Set(member.roles.map((role) => role.slug));

    return html`<form method="dialog" @submit=${(e: SubmitEvent) => this.onRoleSubmit(e, member)}>
      <h2 id="dialog-title">${t.title(displayName(member))}</h2>
      <fieldset class="roles">
        <legend class="visually-hidden">${this.messages.members.roles}</legend>
        ${(roles?.roles ?? []).map((role) => this.renderRoleChoice(role, multiple, held))}
      </fieldset>
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.dialogs.close()}>
          ${this.messages.cancel}
        </button>
        <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
          ${t.save}
        </button>
      </div>
    </form>`;
  }

  private renderRoleChoice(role: Role, multiple: boolean, held: Set<string>) {
    return html`<label class="choice">
      <input
        type=${multiple ? 'checkbox' : 'radio'}
        name="role"
        value=${role.slug}
        ?checked=${held.has(role.slug)}
      />
      <span>
        <span class="choice-name">${role.name}</span>
        ${role.description ? html`<span class="muted">${role.description}</span>` : nothing}
      </span>
    </label>`;
  }

  private renderInviteDialog() {
    const t = this.messages.invite;
    const roles = this.roles.data?.roles.roles ?? [];

    return html`<form method="dialog" @submit=${this.onInviteSubmit} novalidate>
      <h2 id="dialog-title">${t.title}</h2>
      <label class="field">
        <span>${t.email}</span>
        <input
          name="email"
          type="email"
          autocomplete="off"
          required
          aria-invalid=${this.dialogError ? 'true' : 'false'}
          aria-describedby="dialog-error"
        />
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
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.dialogs.close()}>
          ${this.messages.cancel}
        </button>
        <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
          ${t.send}
        </button>
      </div>
    </form>`;
  }

  private renderConfirmDialog(kind: 'remove' | 'resend' | 'revoke', member: Member) {
    const name = displayName(member);
    const text = {
      remove: {
        ...this.messages.remove,
        title: this.messages.remove.title(name),
        body: this.messages.remove.body(name),
      },
      resend: {
        ...this.messages.resend,
        title: this.messages.resend.title(member.email),
        body: '',
      },
      revoke: { ...this.messages.revoke, title: this.messages.revoke.title(member.email) },
    }[kind];

    return html`<form
      method="dialog"
      @submit=${(e: SubmitEvent) => this.onConfirm(e, kind, member)}
    >
      <h2 id="dialog-title">${text.title}</h2>
      ${text.body ? html`<p>${text.body}</p>` : nothing} ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.dialogs.close()}>
          ${this.messages.cancel}
        </button>
        <button
          type="submit"
          class=${kind === 'resend' ? 'primary' : 'danger'}
          part="button"
          ?disabled=${this.busy}
        >
          ${text.confirm}
        </button>
      </div>
    </form>`;
  }

  private renderDialogError() {
    return html`<p id="dialog-error" class="field-error" role="alert">${this.dialogError}</p>`;
  }

  // ------------------------------------------------------------ navigation

  private onSearchInput(event: InputEvent) {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = this.searchText.trim();
      this.firstPage();
    }, SEARCH_DELAY_MS);
  }

  private onRoleFilter(event: Event) {
    this.roleSlug = (event.target as HTMLSelectElement).value;
    this.firstPage();
  }

  private turnPage(direction: 'after' | 'before') {
    const page = this.members.data!.organizationMemberships;
    const cursor = page.listMetadata[direction];
    if (!cursor) return;

    this.offset =
      direction === 'after'
        ? this.offset + page.data.length
        : Math.max(0, this.offset - this.pageSize);
    this.cursor = { [direction]: cursor };
  }

  // ------------------------------------------------------------ dialogs

  private openInvite() {
    this.openDialog({ kind: 'invite' });
  }

  private openDialog(dialog: Dialog) {
    this.dialog = dialog;
    this.dialogError = '';
    this.dialogs.open();
  }

  private onDialogClose() {
    // The close event of a dialog already reopened for another action.
    if (this.dialogElement?.open) return;
    this.dialog = null;
    this.busy = false;
    this.dialogs.restoreFocus();
  }

  /** Ends a dialog's action: announces the outcome and closes it. */
  private finish(announcement: string) {
    this.announcement = announcement;
    this.dialogs.close();
  }

  /** Keeps the dialog open with a message next to what the user typed. */
  private fail(message: string) {
    this.dialogError = message;
  }

  private async onRoleSubmit(event: SubmitEvent, member: Member) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const roleSlugs = new FormData(form).getAll('role').map(String);
    if (!roleSlugs.length) return;

    const input = { userId: member.id, roleSlugs };
    if (!emit(this, 'workos-member-role-update', input, { cancelable: true })) {
      return this.dialogs.close();
    }
    const result = await this.run(UpdateMemberRole, { input }, []);
    const outcome = result?.updateMemberRole;
    const t = this.messages.changeRole;
    if (!outcome) return;
    if (outcome.__typename === 'MemberRoleUpdated') {
      emit(this, 'workos-member-role-updated', { member: outcome.member });
      return this.finish(t.done(displayName(member)));
    }
    if (outcome.__typename === 'RoleNotFound')
      return this.fail(t.roleNotFound(outcome.roleSlugs.join(', ')));
    this.fail(t.memberNotFound);
  }

  private async onInviteSubmit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const email = String(data.get('email') ?? '').trim();
    const roleSlug = String(data.get('role') ?? '') || null;
    const t = this.messages.invite;
    if (!email) return this.fail(t.invalidEmail(email));

    if (!emit(this, 'workos-member-invite', { email, roleSlug }, { cancelable: true })) {
      return this.dialogs.close();
    }
    const result = await this.run(InviteMember, { input: { email, roleSlug } }, [
      'OrganizationMember',
    ]);
    const outcome = result?.inviteUser;
    if (!outcome) return;

    const failures: Record<string, string> = {
      InviteeAlreadyInvited: t.alreadyInvited(email),
      InviteeAlreadyMember: t.alreadyMember(email),
      InvalidInviteeEmail: t.invalidEmail(email),
      InvalidInviteeRole: t.invalidRole,
      InvalidInvitationExpiry: t.invalidExpiry,
      InviteeEmailNotDeliverable: t.notDeliverable(email),
      OrganizationBlockedFromSendingInvites: t.blocked,
    };
    if (outcome.__typename !== 'UserInvited') return this.fail(failures[outcome.__typename]!);

    emit(this, 'workos-member-invited', { invitation: outcome.invitation });
    this.finish(t.done(email));
  }

  private async onConfirm(
    event: SubmitEvent,
    kind: 'remove' | 'resend' | 'revoke',
    member: Member,
  ) {
    event.preventDefault();
    if (kind === 'remove') return this.removeMember(member);
    if (kind === 'resend') return this.resendInvitation(member);
    return this.revokeInvitation(member);
  }

  private async removeMember(member: Member) {
    const detail = { userId: member.id, email: member.email };
    if (!emit(this, 'workos-member-remove', detail, { cancelable: true }))
      return this.dialogs.close();

    const result = await this.run(RemoveMember, { input: { userId: member.id } }, [
      'OrganizationMember',
    ]);
    const outcome = result?.removeMember.__typename;
    const t = this.messages.remove;
    if (!outcome) return;
    if (outcome === 'MemberRemoved') {
      emit(this, 'workos-member-removed', detail);
      return this.finish(t.done(displayName(member)));
    }
    this.fail(outcome === 'MemberIsManagedByDirectory' ? t.managedByDirectory : t.memberNotFound);
  }

  private async resendInvitation(member: Member) {
    const detail = { userId: member.id, email: member.email };
    if (!emit(this, 'workos-invitation-resend', detail, { cancelable: true }))
      return this.dialogs.close();

    const typenames = ['OrganizationMember', 'OrganizationInvitation'];
    const result = await this.run(ResendInvitation, { input: { userId: member.id } }, typenames);
    const outcome = result?.resendInvitation;
    const t = this.messages.resend;
    if (!outcome) return;
    if (outcome.__typename === 'InvitationResent') {
      emit(this, 'workos-invitation-resent', { invitation: outcome.invitation });
      return this.finish(t.done(member.email));
    }
    this.fail(
      outcome.__typename === 'InviteeAlreadyAccepted'
        ? t.alreadyAccepted
        : outcome.__typename === 'InviteeEmailNotDeliverable'
          ? t.notDeliverable(member.email)
          : t.notFound,
    );
  }

  private async revokeInvitation(member: Member) {
    const detail = { userId: member.id, email: member.email };
    if (!emit(this, 'workos-invitation-revoke', detail, { cancelable: true }))
      return this.dialogs.close();

    const typenames = ['OrganizationMember', 'OrganizationInvitation'];
    const result = await this.run(RevokeInvitation, { input: { userId: member.id } }, typenames);
    const outcome = result?.revokeInvitation;
    const t = this.messages.revoke;
    if (!outcome) return;
    if (outcome.__typename === 'InvitationRevoked') {
      emit(this, 'workos-invitation-revoked', { invitation: outcome.invitation });
      return this.finish(t.done(member.email));
    }
    this.fail(outcome.__typename === 'InvitationNotPending' ? t.notPending : t.notFound);
  }

  /** A mutation with the dialog marked busy; a failure leaves a message in it. */
  private async run<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    typenames: string[],
  ): Promise<Data | null> {
    this.busy = true;
    this.dialogError = '';
    try {
      const data = await this.mutate(document, variables, typenames);
      if (!data) this.fail(this.messages.actionFailed);
      return data;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workos-members-table': WorkosMembersTable;
  }
}
