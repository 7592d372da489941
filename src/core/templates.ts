import { html } from 'lit';
import { formatDateTime, formatRelative, type Messages } from './i18n/index.js';

/** A relative time ("3 days ago"), exact on hover. */
export function timeAgo(iso: string, locale: string) {
  return html`<time datetime=${iso} title=${formatDateTime(iso, locale)}>
    ${formatRelative(iso, locale)}
  </time>`;
}

/** The error state of a list that could not load, with its retry. */
export function loadError(messages: Messages, retry: () => void) {
  return html`<div class="notice" part="notice" role="alert">
    ${messages.loadFailed}
    <button part="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}

/**
 * A field for a six-digit code: the numeric keyboard on phones, the code
 * offered from a text message or email by the browser, pasting accepted.
 */
export function codeField(c: {
  label: string;
  value: string;
  invalid: boolean;
  describedBy: string;
  onInput: (value: string) => void;
}) {
  return html`<label class="field">
    <span>${c.label}</span>
    <input
      name="code"
      inputmode="numeric"
      autocomplete="one-time-code"
      pattern="[0-9]*"
      maxlength="6"
      required
      aria-invalid=${c.invalid ? 'true' : 'false'}
      aria-describedby=${c.describedBy}
      .value=${c.value}
      @input=${(event: InputEvent) => c.onInput((event.target as HTMLInputElement).value)}
    />
  </label>`;
}
