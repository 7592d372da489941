import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DialogController, done, failed, failure, proceed, type Outcome } from '../core/dialog.js';
import { ElevatedAccess } from '../core/elevated-access.js';
import { emit } from '../core/events.js';
import { Lazy } from '../core/lazy.js';
import type { ResultOf } from '../core/graphql.js';
import { QueryController } from '../core/query.js';
import { Ticker } from '../core/ticker.js';
import { baseStyles } from '../core/styles.js';
import { codeField, loadError, timeAgo } from '../core/templates.js';
import { WorkosElement } from '../core/workos-element.js';
import { describeDevice } from './device.js';
import {
  DeletePasskey,
  EnrollTotp,
  RegisterPasskey,
  RemoveMfaFactor,
  RevokeAllSessions,
  RevokeSession,
  SecurityQuery,
  VerifyPasskey,
  VerifyTotp,
} from './documents.js';
import { securityStyles } from './styles.js';

type Security = ResultOf<typeof SecurityQuery>;
type Passkey = NonNullable<Security['passkeys']>[number];
type Session = NonNullable<Security['sessions']>[number];
type Section = 'mfa' | 'passkeys' | 'sessions';

const SECTIONS: Section[] = ['mfa', 'passkeys', 'sessions'];

/** An enrollment waiting for the first code from the app. */
interface Enrollment {
  challengeId: string;
  secret: string;
  uri: string;
}

type Dialog =
  | { kind: 'enroll'; enrollment: Enrollment | null }
  | { kind: 'remove-mfa' }
  | { kind: 'add-passkey' }
  | { kind: 'delete-passkey'; passkey: Passkey }
  | { kind: 'revoke-session'; session: Session }
  | { kind: 'revoke-all' };

/** Lists that a change in this element makes stale. */
const SECURITY_TYPES = ['MfaFactor', 'Passkey', 'Session', 'User'];

/**
 * The signed-in user's security: an authenticator app, passkeys, and the
 * sessions where they are signed in. Sensitive changes first ask the user to
 * confirm it is them with a code sent to their email, once for as long as
 * that confirmation lasts.
 *
 * @summary Two-factor authentication, passkeys and sessions of the signed-in user.
 *
 * @fires {WorkosEvent<'workos-totp-enroll'>} workos-totp-enroll - Before an authenticator app is
 *   set up; cancelable.
 * @fires {WorkosEvent<'workos-totp-enrolled'>} workos-totp-enrolled - After it was turned on.
 * @fires {WorkosEvent<'workos-mfa-factor-remove'>} workos-mfa-factor-remove - Before it is turned
 *   off; cancelable.
 * @fires {WorkosEvent<'workos-mfa-factor-removed'>} workos-mfa-factor-removed - After it was turned
 *   off.
 * @fires {WorkosEvent<'workos-passkey-register'>} workos-passkey-register - Before a passkey is
 *   created; cancelable.
 * @fires {WorkosEvent<'workos-passkey-registered'>} workos-passkey-registered - After a passkey was
 *   saved.
 * @fires {WorkosEvent<'workos-passkey-delete'>} workos-passkey-delete - Before a passkey is
 *   deleted; cancelable.
 * @fires {WorkosEvent<'workos-passkey-deleted'>} workos-passkey-deleted - After a passkey was
 *   deleted.
 * @fires {WorkosEvent<'workos-session-revoke'>} workos-session-revoke - Before a session is ended;
 *   cancelable.
 * @fires {WorkosEvent<'workos-session-revoked'>} workos-session-revoked - After a session was
 *   ended.
 * @fires {WorkosEvent<'workos-sessions-revoke'>} workos-sessions-revoke - Before all other sessions
 *   are ended; cancelable.
 * @fires {WorkosEvent<'workos-sessions-revoked'>} workos-sessions-revoked - After they were ended.
 * @fires {WorkosEvent<'workos-error'>} workos-error - An operation failed.
 * @fires {WorkosEvent<'workos-token-expired'>} workos-token-expired - No fresh token could be had.
 *
 * @csspart base - The element's box.
 * @csspart section - Each of the three sections.
 * @csspart button - Every button.
 * @csspart dialog - The dialogs.
 * @csspart qr - The QR code of the authenticator app's secret.
 * @csspart notice - The expired, forbidden and error messages.
 *
 * @cssprop --workos-color-accent - Primary buttons and focus.
 * @cssprop --workos-color-background - The element's background.
 * @cssprop --workos-color-foreground - Text.
 * @cssprop --workos-color-border - Lines and field borders.
 * @cssprop --workos-color-danger - Destructive actions and errors.
 * @cssprop --workos-radius - Corner radius.
 * @cssprop --workos-spacing - The spacing unit.
 *
 * @tagname workos-security-settings
 */
export class WorkosSecuritySettings extends WorkosElement {
  static override styles = [baseStyles, securityStyles];

  /** The sections to show, separated by spaces: `mfa`, `passkeys`, `sessions`. Default all. */
  @property()
  sections = 'mfa passkeys sessions';

  private readonly security = new QueryController(
    this,
    SecurityQuery,
    () => ({
      mfa: this.shows('mfa'),
      passkeys: this.shows('passkeys'),
      sessions: this.shows('sessions'),
    }),
    SECURITY_TYPES,
  );

  private readonly dialogs = new DialogController<Dialog>(this);
  /** Keeps the relative times true while the page stays open. */
  protected readonly ticker = new Ticker(this);
  private code = '';
  /** The action waiting for the user to confirm it is them. */
  private pending: ((token: string) => Promise<Outcome | null>) | null = null;
  private verifying = false;
  /** The QR encoder and the WebAuthn ceremony, loaded when a user starts one. */
  private readonly qr = new Lazy(this, () => import('lean-qr'));
  private readonly webAuthn = new Lazy(this, () => import('@simplewebauthn/browser'));
  private readonly elevated = new ElevatedAccess(this, () => {
    this.verifying = false;
    const action = this.pending;
    this.pending = null;
    if (action) void this.dialogs.run(() => this.elevate(action));
  });

  /** Opens a dialog afresh: any verification left unfinished is dropped. */
  private open(dialog: Dialog) {
    this.verifying = false;
    this.pending = null;
    this.elevated.reset();
    return this.dialogs.open(dialog);
  }

  private shows(section: Section) {
    return this.sections.split(/\s+/).includes(section);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.drawQrCode();
  }

  protected override renderContent(): TemplateResult {
    if (this.security.error && !this.security.data) {
      return loadError(this.messages, () => this.security.retry());
    }

    const data = this.security.data;
    const settings = data?.authenticationSettings;
    return html`${SECTIONS.filter((section) => this.shows(section)).map((section) => {
      if (section === 'mfa' && settings && !settings.mfaEnabled) return nothing;
      if (section === 'passkeys' && settings && !settings.passkeyAuthEnabled) return nothing;
      return this.renderSection(section, data);
    })}
    ${this.dialogs.renderAnnouncement()}
    ${this.dialogs.render((dialog) => this.renderDialog(dialog))}`;
  }

  protected override get busy(): boolean {
    return !this.security.data && !this.security.error;
  }

  private renderSection(section: Section, data: Security | undefined) {
    const t = this.messages.security;
    const title = { mfa: t.mfa, passkeys: t.passkeys, sessions: t.sessions }[section];
    const body = !data
      ? html`<span class="skeleton"></span><span class="skeleton"></span>`
      : section === 'mfa'
        ? this.renderMfa(data)
        : section === 'passkeys'
          ? this.renderPasskeys(data.passkeys ?? [])
          : this.renderSessions(data.sessions ?? []);

    return html`<section part="section" aria-labelledby="${section}-title">
      <h2 id="${section}-title">${title}</h2>
      ${body}
    </section>`;
  }

  // ------------------------------------------------------------ sections

  private renderMfa(data: Security) {
    const t = this.messages.security;
    const factor = data.mfaFactors?.[0];

    return html`<p class="muted">${t.mfaExplain}</p>
      <div class="row">
        <span class="status" data-on=${Boolean(factor)}>${factor ? t.mfaOn : t.mfaOff}</span>
        ${
          factor?.lastUsedAt
            ? html`<span class="muted">
                ${t.mfaLastUsed} ${timeAgo(factor.lastUsedAt, this.resolvedLocale)}
              </span>`
            : nothing
        }
        <span class="spacer"></span>
        ${
          factor
            ? html`<button part="button" @click=${() => this.open({ kind: 'remove-mfa' })}>
                ${t.turnOff}
              </button>`
            : html`<button part="button" class="primary" @click=${this.startEnrollment}>
                ${t.turnOn}
              </button>`
        }
      </div>`;
  }

  private renderPasskeys(passkeys: readonly Passkey[]) {
    const t = this.messages.security;
    if (typeof globalThis.PublicKeyCredential !== 'function')
      return html`<p class="notice">${t.passkeysUnsupported}</p>`;

    return html`<p class="muted">${t.passkeysExplain}</p>
      ${
        passkeys.length
          ? html`<ul class="list">
              ${passkeys.map(
                (passkey) =>
                  html`<li>
                    <span class="item">
                      <span class="item-name">${passkey.name}</span>
                      <span class="muted">
                        ${t.created} ${timeAgo(passkey.createdAt, this.resolvedLocale)} ·
                        ${t.lastUsed}
                        ${
                          passkey.lastVerifiedAt
                            ? timeAgo(passkey.lastVerifiedAt, this.resolvedLocale)
                            : t.never
                        }
                      </span>
                    </span>
                    <button
                      part="button"
                      class="small danger-text"
                      aria-label=${this.messages.actionOn(t.delete, passkey.name)}
                      @click=${() => this.open({ kind: 'delete-passkey', passkey })}
                    >
                      ${t.delete}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.noPasskeys}</p>`
      }
      <div class="row">
        <button part="button" @click=${this.startPasskey}>${t.addPasskey}</button>
      </div>`;
  }

  private renderSessions(sessions: readonly Session[]) {
    const t = this.messages.security;
    const others = sessions.filter((session) => !session.isCurrent);

    return html`<p class="muted">${t.sessionsExplain}</p>
      <ul class="list">
        ${sessions.map((session) => this.renderSession(session))}
      </ul>
      ${
        others.length
          ? html`<div class="row">
              <button
                part="button"
                class="danger-text"
                @click=${() => this.open({ kind: 'revoke-all' })}
              >
                ${t.revokeAll}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderSession(session: Session) {
    const t = this.messages.security;
    const device = this.deviceName(session);

    return html`<li>
      <span class="item">
        <span class="item-name">
          ${device}
          ${session.isCurrent ? html`<span class="badge">${t.thisDevice}</span>` : nothing}
        </span>
        <span class="muted">
          ${this.place(session)} · ${t.lastActive}
          ${timeAgo(session.lastActivityAt, this.resolvedLocale)}
        </span>
      </span>
      ${
        session.isCurrent
          ? nothing
          : html`<button
              part="button"
              class="small"
              aria-label=${this.messages.actionOn(t.revoke, `${device}, ${this.place(session)}`)}
              @click=${() => this.open({ kind: 'revoke-session', session })}
            >
              ${t.revoke}
            </button>`
      }
    </li>`;
  }

  private deviceName(session: Session) {
    const t = this.messages.security;
    return describeDevice(session.userAgent, t.deviceOn) ?? t.unknownDevice;
  }

  /** "Lisbon, Portugal", else the IP address. */
  private place(session: Session) {
    const location = session.currentLocation;
    const country = location?.countryISOCode
      ? regionName(location.countryISOCode, this.resolvedLocale)
      : null;
    const named = [location?.cityName, country].filter(Boolean).join(', ');
    return named || session.ipAddress || '';
  }

  // ------------------------------------------------------------ dialogs

  private renderDialog(dialog: Dialog): TemplateResult {
    if (this.verifying) return this.elevated.render(this.security.data?.me.email ?? '');

    const cancel = this.messages.cancel;
    switch (dialog.kind) {
      case 'enroll':
        return this.renderEnrollment(dialog.enrollment);
      case 'add-passkey': {
        const t = this.messages.passkey;
        return this.dialogs.confirmation({
          title: t.title,
          body: t.explain,
          confirm: t.create,
          cancel,
          tone: 'primary',
          onConfirm: () => this.elevate((token) => this.registerPasskey(token)),
        });
      }
      case 'remove-mfa': {
        const t = this.messages.totp;
        return this.dialogs.confirmation({
          title: t.removeTitle,
          body: t.removeBody,
          confirm: t.removeConfirm,
          cancel,
          tone: 'danger',
          onConfirm: () => this.elevate((token) => this.removeFactor(token)),
        });
      }
      case 'delete-passkey': {
        const t = this.messages.passkey;
        const { passkey } = dialog;
        return this.dialogs.confirmation({
          title: t.deleteTitle(passkey.name),
          body: t.deleteBody,
          confirm: t.deleteConfirm,
          cancel,
          tone: 'danger',
          onConfirm: () => this.elevate((token) => this.deletePasskey(token, passkey)),
        });
      }
      case 'revoke-session': {
        const t = this.messages.session;
        const device = this.deviceName(dialog.session);
        return this.dialogs.confirmation({
          title: t.revokeTitle(device),
          body: t.revokeBody,
          confirm: t.revokeConfirm,
          cancel,
          tone: 'danger',
          onConfirm: () => this.revokeSession(dialog.session, device),
        });
      }
      case 'revoke-all': {
        const t = this.messages.session;
        return this.dialogs.confirmation({
          title: t.revokeAllTitle,
          body: t.revokeAllBody,
          confirm: t.revokeAllConfirm,
          cancel,
          tone: 'danger',
          onConfirm: () => this.revokeAll(),
        });
      }
    }
  }

  /**
   * Runs a sensitive action with the elevated access token, asking the user
   * to confirm it is them first when there is none, or when the API refused
   * the one there was.
   */
  private async elevate(action: (token: string) => Promise<Outcome | null>) {
    const run = async (token: string) => {
      const outcome = await action(token);
      return outcome === REVERIFY ? this.askToVerify(action) : outcome;
    };
    const token = this.elevated.token;
    return token ? run(token) : this.askToVerify(action);
  }

  private askToVerify(action: (token: string) => Promise<Outcome | null>): Outcome {
    this.pending = action;
    this.verifying = true;
    this.requestUpdate();
    return proceed;
  }

  /** Maps the two elevated-token failures to a new verification, saying why. */
  private refusedElevation(typename: string): Outcome | null {
    if (!typename.startsWith('ElevatedAccessToken')) return null;
    this.elevated.expire();
    return REVERIFY;
  }

  // ------------------------------------------------------------ authenticator app

  private startEnrollment() {
    if (!emit(this, 'workos-totp-enroll', {}, { cancelable: true })) return;
    this.code = '';
    this.qr.prefetch();
    void this.open({ kind: 'enroll', enrollment: null }).then(() =>
      this.dialogs.run(() => this.elevate((token) => this.enroll(token))),
    );
  }

  private async enroll(elevatedAccessToken: string): Promise<Outcome | null> {
    const result = (await this.mutate(EnrollTotp, { input: { elevatedAccessToken } }, []))
      ?.enrollTotp;
    if (!result) return failed(this);
    const refused = this.refusedElevation(result.__typename);
    if (refused) return refused;
    if (result.__typename === 'TotpAlreadyEnrolled') {
      return failure(this.messages.totp.alreadyEnrolled);
    }
    if (result.__typename !== 'TotpFactor') return failed(this);

    const { authenticationChallengeId: challengeId, secret, uri } = result;
    this.dialogs.content = { kind: 'enroll', enrollment: { challengeId, secret, uri } };
    return proceed;
  }

  private renderEnrollment(enrollment: Enrollment | null) {
    const t = this.messages.totp;
    if (!enrollment) {
      return html`<h2 id="dialog-title">${t.title}</h2>
        <span class="skeleton"></span>
        ${this.dialogs.renderError()}
        <div class="dialog-actions">
          <button type="button" part="button" @click=${() => this.dialogs.close()}>
            ${this.messages.cancel}
          </button>
        </div>`;
    }

    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.dialogs.run(() => this.elevate((token) => this.verifyCode(token, enrollment)));
    };
    return html`<form method="dialog" novalidate @submit=${submit}>
      <h2 id="dialog-title">${t.title}</h2>
      <p>${t.scan}</p>
      <canvas
        class="qr"
        part="qr"
        role="img"
        aria-label=${t.qr}
        data-uri=${enrollment.uri}
      ></canvas>
      <p class="muted">${t.secret}</p>
      <p><code class="secret">${enrollment.secret}</code></p>
      ${codeField({
        label: t.code,
        value: this.code,
        invalid: Boolean(this.dialogs.error),
        describedBy: 'dialog-error',
        onInput: (value) => (this.code = value),
      })}
      ${this.dialogs.renderError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.dialogs.close()}>
          ${this.messages.cancel}
        </button>
        <button type="submit" class="primary" part="button" ?disabled=${this.dialogs.busy}>
          ${t.confirm}
        </button>
      </div>
    </form>`;
  }

  /**
   * Draws the QR code of an enrollment in the browser, from its `otpauth://`
   * URI, once the encoder has loaded. Should it fail to load, the secret
   * beside the code is still there to type in.
   */
  private drawQrCode() {
    const canvas = this.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.qr');
    if (!canvas || canvas.dataset.drawn === canvas.dataset.uri) return;
    if (!this.qr.value) return this.qr.prefetch();

    this.qr.value.generate(canvas.dataset.uri!).toCanvas(canvas);
    canvas.dataset.drawn = canvas.dataset.uri;
  }

  private async verifyCode(elevatedAccessToken: string, enrollment: Enrollment) {
    const input = {
      authenticationChallengeId: enrollment.challengeId,
      code: this.code.replace(/\s/g, ''),
      elevatedAccessToken,
    };
    const result = (await this.mutate(VerifyTotp, { input }, SECURITY_TYPES))?.verifyTotp;
    if (!result) return failed(this);
    const refused = this.refusedElevation(result.__typename);
    if (refused) return refused;
    if (result.__typename === 'TotpVerificationFailed')
      return failure(this.messages.totp.wrongCode);

    emit(this, 'workos-totp-enrolled', { factorId: enrollment.challengeId });
    return done(this.messages.totp.done);
  }

  private async removeFactor(elevatedAccessToken: string) {
    if (!emit(this, 'workos-mfa-factor-remove', {}, { cancelable: true })) return null;
    const input = { elevatedAccessToken };
    const result = (await this.mutate(RemoveMfaFactor, { input }, SECURITY_TYPES))?.removeMfaFactor;
    if (!result) return failed(this);
    const refused = this.refusedElevation(result.__typename);
    if (refused) return refused;
    if (result.__typename === 'NoMfaFactorsEnrolled') return failure(this.messages.totp.noFactor);

    emit(this, 'workos-mfa-factor-removed', {});
    return done(this.messages.totp.removed);
  }

  // ------------------------------------------------------------ passkeys

  private startPasskey() {
    this.webAuthn.prefetch();
    void this.open({ kind: 'add-passkey' });
  }

  /** The WebAuthn ceremony: options from the API, the browser's prompt, the API's check. */
  private async registerPasskey(elevatedAccessToken: string): Promise<Outcome | null> {
    if (!emit(this, 'workos-passkey-register', {}, { cancelable: true })) return null;
    const t = this.messages.passkey;
    const options = (await this.mutate(RegisterPasskey, { input: { elevatedAccessToken } }, []))
      ?.registerPasskey;
    if (!options) return failed(this);
    const refused = this.refusedElevation(options.__typename);
    if (refused) return refused;
    if (options.__typename !== 'PasskeyRegistrationOptions') return failed(this);

    const webAuthn = await this.webAuthn.load().catch(() => null);
    if (!webAuthn) return failure(this.messages.actionFailed);
    let response: unknown;
    try {
      response = await webAuthn.startRegistration({ optionsJSON: options.options as never });
    } catch {
      return failure(t.cancelled);
    }

    const input = { challengeId: options.challengeId, elevatedAccessToken, response };
    const result = (await this.mutate(VerifyPasskey, { input }, SECURITY_TYPES))?.verifyPasskey;
    if (!result) return failed(this);
    if (result.__typename !== 'PasskeyVerified') {
      return this.refusedElevation(result.__typename) ?? failure(t.failed);
    }
    emit(this, 'workos-passkey-registered', { passkey: result.passkey });
    return done(t.done(result.passkey.name));
  }

  private async deletePasskey(elevatedAccessToken: string, passkey: Passkey) {
    const detail = { passkeyId: passkey.id, name: passkey.name };
    if (!emit(this, 'workos-passkey-delete', detail, { cancelable: true })) return null;

    const input = { passkeyId: passkey.id, elevatedAccessToken };
    const result = (await this.mutate(DeletePasskey, { input }, SECURITY_TYPES))?.deletePasskey;
    if (!result) return failed(this);
    const refused = this.refusedElevation(result.__typename);
    if (refused) return refused;
    if (result.__typename === 'PasskeyNotFound') return failure(this.messages.passkey.notFound);

    emit(this, 'workos-passkey-deleted', detail);
    return done(this.messages.passkey.deleted(passkey.name));
  }

  // ------------------------------------------------------------ sessions

  private async revokeSession(session: Session, device: string) {
    const detail = { sessionId: session.id };
    if (!emit(this, 'workos-session-revoke', detail, { cancelable: true })) return null;

    const input = { sessionId: session.id };
    const result = (await this.mutate(RevokeSession, { input }, SECURITY_TYPES))?.revokeSession;
    if (!result) return failed(this);
    if (result.__typename === 'SessionNotFound') return failure(this.messages.session.notFound);

    emit(this, 'workos-session-revoked', detail);
    return done(this.messages.session.revoked(device));
  }

  private async revokeAll() {
    if (!emit(this, 'workos-sessions-revoke', {}, { cancelable: true })) return null;

    const result = (await this.mutate(RevokeAllSessions, {}, SECURITY_TYPES))?.revokeAllSessions;
    if (!result) return failed(this);
    emit(this, 'workos-sessions-revoked', { revokedCount: result.revokedCount });
    return done(this.messages.session.revokedAll(result.revokedCount));
  }
}

/** "Portugal" for `PT`; the code itself when `Intl` does not know it, as a made-up one. */
function regionName(code: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code);
  } catch {
    return code;
  }
}

/** An elevated action's answer when the user must confirm it is them again. */
const REVERIFY: Outcome = { done: false, message: '' };

declare global {
  interface HTMLElementTagNameMap {
    'workos-security-settings': WorkosSecuritySettings;
  }
}
