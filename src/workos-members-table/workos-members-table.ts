import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { avatar, displayName } from '../core/avatar.js';
import { DialogController, done, failed, failure } from '../core/dialog.js';
import { emit } from '../core/events.js';
import type { ResultOf } from '../core/graphql.js';
import { Pager } from '../core/pager.js';
import { QueryController } from '../core/query.js';
import { Ticker } from '../core/ticker.js';
import { baseStyles } from '../core/styles.js';
import { tableStyles } from '../core/table-styles.js';
import { dataTable } from '../core/data-table.js';
import { loadError, timeAgo } from '../core/templates.js';
import { MANAGE_MEMBERS, WorkosElement } from '../core/workos-element.js';
import { InviteAction } from '../actions/invite-action.js';
import { confirmInvitationAction } from '../actions/invitation-actions.js';
import { RolesQuery } from '../actions/documents.js';
import { MembersQuery, RemoveMember, UpdateMemberRole } from './documents.js';
import { membersTableStyles } from './styles.js';

type Member = ResultOf<typeof MembersQuery>['organizationMemberships']['data'][number];
type Role = ResultOf<typeof RolesQuery>['roles']['roles'][number];

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
 * @fires {WorkosEvent<'workos-member-role-update'>} workos-member-role-update - Before a role
 *   change; cancelable.
 * @fires {WorkosEvent<'workos-member-role-updated'>} workos-member-role-updated - After a role
 *   change.
 * @fires {WorkosEvent<'workos-member-remove'>} workos-member-remove - Before a removal; cancelable.
 * @fires {WorkosEvent<'workos-member-removed'>} workos-member-removed - After a removal.
 * @fires {WorkosEvent<'workos-member-invite'>} workos-member-invite - Before an invitation;
 *   cancelable.
 * @fires {WorkosEvent<'workos-member-invited'>} workos-member-invited - After an invitation.
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
 *
 * @tagname workos-members-table
 */
export class WorkosMembersTable extends WorkosElement {
  static override styles = [baseStyles, tableStyles, membersTableStyles];

  /** Members per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 10;

  @state() private searchText = '';
  @state() private search = '';
  @state() private roleSlug = '';
  private readonly dialogs = new DialogController<Dialog>(this);
  /** Keeps the relative times true while the page stays open. */
  protected readonly ticker = new Ticker(this);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly pager = new Pager(this, () => this.pageSize);

  private readonly members = new QueryController(
    this,
    MembersQuery,
    () => ({
      ...this.pager.variables,
      search: this.search || null,
      roleSlug: this.roleSlug || null,
    }),
    ['OrganizationMember'],
  );

  private readonly roles = new QueryController(this, RolesQuery, () => ({}));

  private readonly invite = new InviteAction(
    this,
    this.dialogs,
    { kind: 'invite' },
    {
      roles: () => this.roles.data?.roles.roles ?? [],
      expiry: false,
      onDone: (message) => this.dialogs.finish(done(message)),
    },
  );

  private get canManage() {
    return this.can(MANAGE_MEMBERS);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('pageSize')) this.pager.reset();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  // ------------------------------------------------------------ rendering

  protected override renderContent(): TemplateResult {
    return html`${this.renderToolbar()} ${this.renderTable()} ${this.renderFooter()}
    ${this.dialogs.renderAnnouncement()}
    ${this.dialogs.render((dialog) => this.renderDialogContent(dialog))}`;
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
      ${this.canManage ? this.invite.renderButton(t.invite) : nothing}
    </div>`;
  }

  private renderTable() {
    const t = this.messages.members;
    const { data, error, loading, stale } = this.members;
    if (error && !data) return loadError(this.messages, () => this.members.retry());

    return dataTable({
      caption: t.label,
      columns: [
        { name: 'member', heading: t.member },
        { name: 'roles', heading: t.roles },
        { name: 'status', heading: t.status },
        { name: 'active', heading: t.lastActive },
        { name: 'actions', heading: t.actions, hidden: true },
      ],
      rows: data?.organizationMemberships.data,
      renderRow: (member) => this.renderRow(member),
      empty: this.search ? t.noMatches(this.search) : t.empty,
      loading,
      stale,
      skeletonRows: this.pageSize,
    });
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
              <bdi>${displayName(member)}</bdi>
              ${isViewer ? html`<span class="badge you">${this.messages.you}</span>` : nothing}
            </span>
            ${
              member.firstName || member.lastName
                ? html`<span class="email"><bdi>${member.email}</bdi></span>`
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
      <td>
        ${
          member.lastActivityAt
            ? timeAgo(member.lastActivityAt, this.resolvedLocale)
            : html`<span class="muted">${this.messages.never}</span>`
        }
      </td>
      <td class="actions">${this.canManage && !isViewer ? this.renderActions(member) : nothing}</td>
    </tr>`;
  }

  private renderActions(member: Member) {
    const t = this.messages.members;
    const name = displayName(member);
    const button = (label: string, kind: Dialog['kind'], danger = false, longLabel = label) =>
      html`<button
        class="small ${danger ? 'danger-text' : ''}"
        part="button"
        aria-label=${this.messages.actionOn(longLabel, name)}
        @click=${() => this.dialogs.open({ kind, member } as Dialog)}
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

  private renderFooter() {
    if (this.members.error && !this.members.data) return nothing;
    const page = this.members.data?.organizationMemberships;
    const busy = !page || this.members.stale;
    return this.pager.render(page, busy, this.messages.pages, this.messages.members.pagination);
  }

  private renderDialogContent(dialog: Dialog) {
    if (dialog.kind === 'invite') return this.invite.renderForm();
    if (dialog.kind === 'role') return this.renderRoleDialog(dialog.member);

    const { kind, member } = dialog;
    if (kind !== 'remove') {
      return confirmInvitationAction(this, this.dialogs, kind, {
        userId: member.id,
        email: member.email,
      });
    }

    const name = displayName(member);
    const t = this.messages.remove;
    return this.dialogs.confirmation({
      title: t.title(name),
      body: t.body(name),
      confirm: t.confirm,
      cancel: this.messages.cancel,
      tone: 'danger',
      onConfirm: () => this.removeMember(member),
    });
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
      ${this.dialogs.renderError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.dialogs.close()}>
          ${this.messages.cancel}
        </button>
        <button type="submit" class="primary" part="button" ?disabled=${this.dialogs.busy}>
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

  // ------------------------------------------------------------ navigation

  private onSearchInput(event: InputEvent) {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = this.searchText.trim();
      this.pager.reset();
    }, SEARCH_DELAY_MS);
  }

  private onRoleFilter(event: Event) {
    this.roleSlug = (event.target as HTMLSelectElement).value;
    this.pager.reset();
  }

  // ------------------------------------------------------------ dialogs

  private async onRoleSubmit(event: SubmitEvent, member: Member) {
    event.preventDefault();
    const roleSlugs = new FormData(event.target as HTMLFormElement).getAll('role').map(String);
    if (roleSlugs.length) await this.dialogs.run(() => this.updateRoles(member, roleSlugs));
  }

  private async updateRoles(member: Member, roleSlugs: string[]) {
    const input = { userId: member.id, roleSlugs };
    if (!emit(this, 'workos-member-role-update', input, { cancelable: true })) return null;

    const t = this.messages.changeRole;
    const result = (await this.mutate(UpdateMemberRole, { input }, []))?.updateMemberRole;
    if (!result) return failed(this);
    if (result.__typename === 'MemberRoleUpdated') {
      emit(this, 'workos-member-role-updated', { member: result.member });
      return done(t.done(displayName(member)));
    }
    if (result.__typename === 'RoleNotFound') {
      return failure(t.roleNotFound(result.roleSlugs.join(', ')));
    }
    return failure(t.memberNotFound);
  }

  private async removeMember(member: Member) {
    const detail = { userId: member.id, email: member.email };
    if (!emit(this, 'workos-member-remove', detail, { cancelable: true })) return null;

    const t = this.messages.remove;
    const input = { userId: member.id };
    const result = (await this.mutate(RemoveMember, { input }, ['OrganizationMember']))
      ?.removeMember.__typename;
    if (!result) return failed(this);
    if (result === 'MemberRemoved') {
      emit(this, 'workos-member-removed', detail);
      return done(t.done(displayName(member)));
    }
    return failure(
      result === 'MemberIsManagedByDirectory' ? t.managedByDirectory : t.memberNotFound,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workos-members-table': WorkosMembersTable;
  }
}
