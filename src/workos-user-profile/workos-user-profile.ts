import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { avatar, displayName } from '../core/avatar.js';
import { Cooldown } from '../core/cooldown.js';
import { DialogController, done, failed, failure, proceed, type Outcome } from '../core/dialog.js';
import { ElevatedAccess, RESEND_COOLDOWN_S, storeElevatedToken } from '../core/elevated-access.js';
import { emit } from '../core/events.js';
import type { ResultOf } from '../core/graphql.js';
import { QueryController } from '../core/query.js';
import { baseStyles } from '../core/styles.js';
import { codeField, loadError } from '../core/templates.js';
import { WorkosElement } from '../core/workos-element.js';
import { ConfirmEmailChange, ProfileQuery, SendEmailChange, UpdateProfile } from './documents.js';
import { profileStyles } from './styles.js';

type Profile = ResultOf<typeof ProfileQuery>['me'];

/** Lists on the page that show the user's name and email, and must refresh when they change. */
const SHOWN_ELSEWHERE = ['OrganizationMember'];

/** The steps of an email change: prove it is you, name the new address, confirm its code. */
type Step = 'verify' | 'address' | 'code';

/**
 * The signed-in user's own profile: name, email, language and organizations;
 * editing the name and language, and changing the email address with a code
 * sent to each address.
 *
 * @summary The signed-in user's profile, with editing and email change.
 *
 * @fires {WorkosEvent<'workos-profile-update'>} workos-profile-update - Before the profile is
 *   saved; cancelable.
 * @fires {WorkosEvent<'workos-profile-updated'>} workos-profile-updated - After it was saved.
 * @fires {WorkosEvent<'workos-email-change'>} workos-email-change - Before a code is sent to a new
 *   address; cancelable.
 * @fires {WorkosEvent<'workos-email-changed'>} workos-email-changed - After the address changed.
 * @fires {WorkosEvent<'workos-error'>} workos-error - An operation failed.
 * @fires {WorkosEvent<'workos-token-expired'>} workos-token-expired - No fresh token could be had.
 *
 * @csspart base - The element's box.
 * @csspart avatar - The user's picture or initials.
 * @csspart button - Every button.
 * @csspart dialog - The email change dialog.
 * @csspart notice - The expired, forbidden and error messages.
 *
 * @cssprop --workos-color-accent - Primary buttons and focus.
 * @cssprop --workos-color-background - The element's background.
 * @cssprop --workos-color-foreground - Text.
 * @cssprop --workos-color-border - Lines and field borders.
 * @cssprop --workos-radius - Corner radius.
 * @cssprop --workos-spacing - The spacing unit.
 * @cssprop --workos-font-family - The font.
 *
 * @tagname workos-user-profile
 */
export class WorkosUserProfile extends WorkosElement {
  static override styles = [baseStyles, profileStyles];

  @state() private editing = false;
  @state() private saving = false;
  @state() private localeError = '';

  @state() private step: Step = 'verify';
  @state() private newEmail = '';
  @state() private code = '';

  private readonly profile = new QueryController(this, ProfileQuery, () => ({}));
  private readonly dialogs = new DialogController<'email'>(this);
  private readonly cooldown = new Cooldown(this);
  private readonly elevated = new ElevatedAccess(this, () => {
    this.step = 'address';
  });

  protected override renderContent(): TemplateResult {
    if (this.profile.error && !this.profile.data) {
      return loadError(this.messages, () => this.profile.retry());
    }

    const data = this.profile.data;
    return html`${data ? this.renderProfile(data.me, data.organizations) : this.renderSkeleton()}
    ${this.dialogs.renderAnnouncement()} ${this.dialogs.render(() => this.renderEmailChange())}`;
  }

  protected override get busy(): boolean {
    return !this.profile.data && !this.profile.error;
  }

  private renderSkeleton() {
    return html`<div class="header">
        <span class="avatar large skeleton"></span>
        <div class="identity">
          <span class="skeleton"></span>
          <span class="skeleton"></span>
        </div>
      </div>
      <div class="details"><span class="skeleton"></span><span class="skeleton"></span></div>`;
  }

  private renderProfile(
    me: Profile,
    organizations: ResultOf<typeof ProfileQuery>['organizations'],
  ) {
    const t = this.messages.profile;
    return html`<div class="header">
        <span class="large">${avatar(me)}</span>
        <div class="identity">
          <h2 class="name">${displayName(me)}</h2>
          <p class="email">
            ${me.email}
            <span class="badge" data-verified=${me.emailVerified}>
              ${me.emailVerified ? t.verified : t.unverified}
            </span>
          </p>
        </div>
      </div>
      ${this.editing ? this.renderForm(me) : this.renderDetails(me)}
      <h3>${t.organizations}</h3>
      <ul class="organizations">
        ${organizations.map(
          (organization) =>
            html`<li aria-current=${organization.isCurrent ? 'true' : 'false'}>
              ${organization.name}
              ${organization.isCurrent ? html`<span class="badge">${t.current}</span>` : nothing}
            </li>`,
        )}
      </ul>`;
  }

  private renderDetails(me: Profile) {
    const t = this.messages.profile;
    return html`<dl class="details">
        <dt>${t.firstName}</dt>
        <dd>${me.firstName ?? ''}</dd>
        <dt>${t.lastName}</dt>
        <dd>${me.lastName ?? ''}</dd>
        <dt>${t.locale}</dt>
        <dd>${me.locale ? this.languageName(me.locale) : t.localeNone}</dd>
      </dl>
      <div class="actions">
        <button part="button" @click=${this.startEditing}>${t.edit}</button>
        <button part="button" @click=${this.startEmailChange}>${t.changeEmail}</button>
      </div>`;
  }

  /** "Deutsch (Deutschland)" for `de-DE`, in the element's own language. */
  private languageName(tag: string) {
    try {
      const names = new Intl.DisplayNames([this.resolvedLocale], { type: 'language' });
      return `${names.of(tag)} (${tag})`;
    } catch {
      return tag;
    }
  }

  private renderForm(me: Profile) {
    const t = this.messages.profile;
    return html`<form class="details-form" novalidate @submit=${this.save}>
      <label class="field">
        <span>${t.firstName}</span>
        <input
          name="firstName"
          autocomplete="given-name"
          maxlength="100"
          .value=${me.firstName ?? ''}
        />
      </label>
      <label class="field">
        <span>${t.lastName}</span>
        <input
          name="lastName"
          autocomplete="family-name"
          maxlength="100"
          .value=${me.lastName ?? ''}
        />
      </label>
      <label class="field">
        <span>${t.locale}</span>
        <input
          name="locale"
          list="locales"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${this.localeError ? 'true' : 'false'}
          aria-describedby="locale-hint locale-error"
          .value=${me.locale ?? ''}
        />
        <span id="locale-hint" class="muted">${t.localeHint}</span>
        <span id="locale-error" class="field-error" role="alert">${this.localeError}</span>
      </label>
      <datalist id="locales">
        ${['en', 'en-GB', 'de', 'es', 'fr', 'fr-CA', 'it', 'ja', 'nl', 'pt-BR', 'zh-CN'].map(
          (tag) => html`<option value=${tag}>${this.languageName(tag)}</option>`,
        )}
      </datalist>
      <div class="actions">
        <button type="button" part="button" @click=${() => (this.editing = false)}>
          ${this.messages.cancel}
        </button>
        <button type="submit" class="primary" part="button" ?disabled=${this.saving}>
          ${t.save}
        </button>
      </div>
    </form>`;
  }

  private startEditing() {
    this.localeError = '';
    this.editing = true;
  }

  private save = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const input = {
      firstName: String(data.get('firstName') ?? '').trim() || null,
      lastName: String(data.get('lastName') ?? '').trim() || null,
      locale: String(data.get('locale') ?? '').trim() || null,
    };
    if (!emit(this, 'workos-profile-update', input, { cancelable: true })) return;

    this.saving = true;
    this.localeError = '';
    // An empty string clears a field; the API keeps a field that is left out.
    const variables = {
      input: {
        firstName: input.firstName ?? '',
        lastName: input.lastName ?? '',
        locale: input.locale ?? '',
      },
    };
    const result = (await this.mutate(UpdateProfile, variables, SHOWN_ELSEWHERE))?.updateProfile;
    this.saving = false;
    if (!result) return;
    if (result.__typename === 'InvalidLocale') {
      this.localeError = this.messages.profile.localeInvalid;
      return;
    }
    emit(this, 'workos-profile-updated', { user: result.user });
    this.editing = false;
    this.dialogs.announcement = this.messages.profile.saved;
  };

  // ------------------------------------------------------------ email change

  private startEmailChange() {
    this.elevated.reset();
    this.step = this.elevated.token ? 'address' : 'verify';
    this.newEmail = '';
    this.code = '';
    this.dialogs.open('email');
  }

  private renderEmailChange() {
    const me = this.profile.data!.me;
    if (this.step === 'verify') return this.elevated.render(me.email);

    const t = this.messages.emailChange;
    const onCode = this.step === 'code';
    const input = (name: 'newEmail' | 'code') => (event: InputEvent) => {
      this[name] = (event.target as HTMLInputElement).value;
    };

    return html`<form method="dialog" novalidate @submit=${this.submitEmailChange}>
      <h2 id="dialog-title">${t.title}</h2>
      ${
        onCode
          ? html`<p>${t.sentTo(this.newEmail)}</p>
              ${codeField({
                label: t.code,
                value: this.code,
                invalid: Boolean(this.dialogs.error),
                describedBy: 'dialog-error',
                onInput: (value) => (this.code = value),
              })}`
          : html`<label class="field">
              <span>${t.newEmail}</span>
              <input
                name="newEmail"
                type="email"
                autocomplete="email"
                aria-invalid=${this.dialogs.error ? 'true' : 'false'}
                aria-describedby="dialog-error"
                .value=${this.newEmail}
                @input=${input('newEmail')}
              />
            </label>`
      }
      ${this.dialogs.renderError()}
      <div class="dialog-actions">
        ${
          onCode
            ? html`<button
                type="button"
                part="button"
                ?disabled=${this.cooldown.remaining > 0 || this.dialogs.busy}
                @click=${() => this.dialogs.run(() => this.sendCode())}
              >
                ${this.cooldown.remaining > 0 ? t.resendIn(this.cooldown.remaining) : t.resend}
              </button>`
            : html`<button type="button" part="button" @click=${() => this.dialogs.close()}>
                ${this.messages.cancel}
              </button>`
        }
        <button type="submit" class="primary" part="button" ?disabled=${this.dialogs.busy}>
          ${onCode ? t.confirm : t.send}
        </button>
      </div>
    </form>`;
  }

  private submitEmailChange = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.step === 'address') {
      const newEmail = this.newEmail.trim();
      if (!emit(this, 'workos-email-change', { newEmail }, { cancelable: true })) {
        return this.dialogs.close();
      }
      void this.dialogs.run(() => this.sendCode());
    } else {
      void this.dialogs.run(() => this.confirmCode());
    }
  };

  /**
   * Sends a code to the new address. Stays open either way: on success the
   * dialog moves to the code step, which is not the end of the change.
   */
  private async sendCode(): Promise<Outcome> {
    const t = this.messages.emailChange;
    const elevatedAccessToken = this.elevated.token;
    if (!elevatedAccessToken) return this.reverify();

    const input = { elevatedAccessToken, newEmail: this.newEmail.trim() };
    const result = (await this.mutate(SendEmailChange, { input }, []))?.sendEmailChange;
    if (!result) return failed(this);
    if (result.__typename === 'EmailChangeSent') {
      this.step = 'code';
      this.code = '';
      this.cooldown.start(RESEND_COOLDOWN_S);
      return proceed;
    }
    if (result.__typename.startsWith('ElevatedAccessToken')) return this.reverify();
    return failure(t.failures[result.__typename] ?? this.messages.actionFailed);
  }

  private async confirmCode(): Promise<Outcome> {
    const t = this.messages.emailChange;
    const elevatedAccessToken = this.elevated.token;
    if (!elevatedAccessToken) return this.reverify();

    const previousEmail = this.profile.data!.me.email;
    const input = { elevatedAccessToken, code: this.code.replace(/\s/g, '') };
    const result = (await this.mutate(ConfirmEmailChange, { input }, SHOWN_ELSEWHERE))
      ?.confirmEmailChange;
    if (!result) return failed(this);
    if (result.__typename === 'EmailChangeConfirmed') {
      storeElevatedToken(this.tokenSource!, result.elevatedAccessToken, result.expiresAt);
      this.cooldown.stop();
      emit(this, 'workos-email-changed', { email: result.user.email, previousEmail });
      return done(t.done(result.user.email));
    }
    if (result.__typename.startsWith('ElevatedAccessToken')) return this.reverify();
    return failure(t.failures[result.__typename] ?? this.messages.actionFailed);
  }

  /** The elevated token ran out: back to proving control of the current address. */
  private reverify(): Outcome {
    this.elevated.expire();
    this.step = 'verify';
    return proceed;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workos-user-profile': WorkosUserProfile;
  }
}
