import { html, nothing } from 'lit';
import { Cooldown } from './cooldown.js';
import { graphql } from './graphql.js';
import { codeField } from './templates.js';
import type { WorkosElement } from './workos-element.js';

/** Elevated tokens this close to their expiry are not reused. */
const MARGIN_MS = 30_000;

/** Seconds before another code can be sent. */
export const RESEND_COOLDOWN_S = 30;

const tokens = new WeakMap<object, { token: string; expiresAt: number }>();

/**
 * The elevated access token proven for a token source, while it is valid. It
 * lives in memory only, shared by every element using that source: a user who
 * verified their email in one element is not asked again in another.
 */
export function elevatedToken(source: object | null): string | null {
  const entry = source ? tokens.get(source) : undefined;
  return entry && entry.expiresAt - MARGIN_MS > Date.now() ? entry.token : null;
}

export function storeElevatedToken(source: object, token: string, expiresAt: string) {
  tokens.set(source, { token, expiresAt: Date.parse(expiresAt) });
}

export function forgetElevatedToken(source: object) {
  tokens.delete(source);
}

export const SendVerificationCode = graphql(`
  mutation SendVerificationCode {
    sendVerificationCode {
      __typename
      ... on VerificationCodeSent {
        authenticationChallengeId
        expiresAt
      }
    }
  }
`);

export const VerifyCurrentEmail = graphql(`
  mutation VerifyCurrentEmail($input: VerifyCurrentEmailInput!) {
    verifyCurrentEmail(input: $input) {
      __typename
      ... on CurrentEmailVerified {
        elevatedAccessToken
        expiresAt
      }
    }
  }
`);

/**
 * The "confirm it is you" step before a sensitive change: a code mailed to
 * the user's current address, traded for an elevated access token. Renders
 * its own form; calls `onVerified` with the token.
 */
export class ElevatedAccess {
  private challengeId: string | null = null;
  private error = '';
  private busy = false;
  private code = '';
  private readonly cooldown: Cooldown;

  constructor(
    private readonly host: WorkosElement,
    private readonly onVerified: (token: string) => void,
  ) {
    this.cooldown = new Cooldown(host);
  }

  /** The valid elevated token of the host's source, if one was proven. */
  get token() {
    return elevatedToken(this.host.tokenSource);
  }

  /** Back to the start, as when the dialog opens again. */
  reset() {
    this.challengeId = null;
    this.error = '';
    this.code = '';
    this.busy = false;
    this.host.requestUpdate();
  }

  /** After the API refused the stored token: prove control again, saying why. */
  expire() {
    if (this.host.tokenSource) forgetElevatedToken(this.host.tokenSource);
    this.reset();
    this.error = this.host.messages.elevated.expired;
  }

  render(email: string) {
    const t = this.host.messages.elevated;
    const sent = this.challengeId !== null;

    return html`<form method="dialog" novalidate @submit=${sent ? this.verify : this.send}>
      <h2 id="dialog-title">${t.title}</h2>
      <p>${sent ? t.sent(email) : t.explain(email)}</p>
      ${
        sent
          ? codeField({
              label: t.code,
              value: this.code,
              invalid: Boolean(this.error),
              describedBy: 'elevated-error',
              onInput: (value) => (this.code = value),
            })
          : nothing
      }
      <p id="elevated-error" class="field-error" role="alert">${this.error}</p>
      <div class="dialog-actions">
        ${
          sent
            ? html`<button
                type="button"
                part="button"
                ?disabled=${this.cooldown.remaining > 0 || this.busy}
                @click=${this.send}
              >
                ${this.cooldown.remaining > 0 ? t.resendIn(this.cooldown.remaining) : t.resend}
              </button>`
            : nothing
        }
        <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
          ${sent ? t.verify : t.send}
        </button>
      </div>
    </form>`;
  }

  private send = async (event: Event) => {
    event.preventDefault();
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();

    const result = (await this.host.mutate(SendVerificationCode, {}, []))?.sendVerificationCode;
    this.busy = false;
    if (!result) this.error = this.host.messages.actionFailed;
    else if (result.__typename === 'DailyEmailQuotaExceeded') this.error = this.host.messages.quota;
    else {
      this.challengeId = result.authenticationChallengeId;
      this.code = '';
      this.cooldown.start(RESEND_COOLDOWN_S);
    }
    this.host.requestUpdate();
  };

  private verify = async (event: Event) => {
    event.preventDefault();
    const t = this.host.messages.elevated;
    const code = this.code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      this.error = t.codeFormat;
      return this.host.requestUpdate();
    }

    this.busy = true;
    this.host.requestUpdate();
    const input = { authenticationChallengeId: this.challengeId!, code };
    const result = (await this.host.mutate(VerifyCurrentEmail, { input }, []))?.verifyCurrentEmail;
    this.busy = false;
    if (result?.__typename === 'CurrentEmailVerified') {
      storeElevatedToken(this.host.tokenSource!, result.elevatedAccessToken, result.expiresAt);
      this.error = '';
      this.host.requestUpdate();
      return this.onVerified(result.elevatedAccessToken);
    }
    this.error = result ? this.host.messages.codeFailures[result.__typename] : t.failed;
    this.host.requestUpdate();
  };
}
