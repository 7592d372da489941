import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Messages } from './i18n/index.js';

/** How an action ended: announced and closed when done, else shown in the dialog. */
export type Outcome = { done: boolean; message: string };

export function done(message: string): Outcome {
  return { done: true, message };
}

export function failure(message: string): Outcome {
  return { done: false, message };
}

/**
 * The request itself failed; `workos-error` has told the host why. When the
 * answer was lost on the way, the change may have been made: the user is
 * told so, and not asked to simply try again.
 */
export function failed(host: {
  messages: Pick<Messages, 'actionFailed' | 'outcomeUnknown' | 'rateLimited'>;
  lastFailure: string | null;
}): Outcome {
  const t = host.messages;
  if (host.lastFailure === 'lost') return failure(t.outcomeUnknown);
  return failure(host.lastFailure === 'rate-limited' ? t.rateLimited : t.actionFailed);
}

/** The dialog stays open, without an error, for its next step. */
export const proceed: Outcome = { done: false, message: '' };

/**
 * One modal dialog of an element, on a native `<dialog>`: what it shows, its
 * busy and error state, and focus, which moves in when it opens and back to
 * the control that opened it when it closes, however it closes.
 */
export class DialogController<Content> implements ReactiveController {
  /** What the dialog shows; null while closed. */
  content: Content | null = null;
  /** A failure shown in the dialog, next to what the user chose or typed. */
  error = '';
  busy = false;
  /** The last outcome, for a polite live region. */
  announcement = '';

  private trigger: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected() {
    this.close();
  }

  private get element() {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  /** Shows `content`, as a modal, after the render that puts it in. */
  async open(content: Content) {
    const active = this.host.shadowRoot?.activeElement ?? document.activeElement;
    this.trigger = active instanceof HTMLElement ? active : null;
    this.content = content;
    this.error = '';
    this.busy = false;
    this.host.requestUpdate();
    await this.host.updateComplete;

    const dialog = this.element;
    if (dialog && !dialog.open) dialog.showModal();
  }

  close() {
    this.element?.close();
  }

  /** Marks the dialog busy while `work` runs, then ends it with its outcome. */
  async run(work: () => Promise<Outcome | null>) {
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      this.finish(await work());
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** A success is announced and closes the dialog; a failure stays in it. Null: cancelled. */
  finish(outcome: Outcome | null) {
    if (outcome && !outcome.done) {
      this.error = outcome.message;
      return this.host.requestUpdate();
    }
    if (outcome) this.announcement = outcome.message;
    this.close();
  }

  private onClose = () => {
    // The close event of a dialog already reopened for another action.
    if (this.element?.open) return;
    this.content = null;
    this.host.requestUpdate();
    this.trigger?.focus();
    this.trigger = null;
  };

  /** The `<dialog>` with the content `render` makes of the current content. */
  render(render: (content: Content) => TemplateResult | typeof nothing) {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onClose}>
      ${this.content === null ? nothing : render(this.content)}
    </dialog>`;
  }

  /** Says something in the live region without a dialog, as a failure to open one. */
  announce(message: string) {
    this.announcement = message;
    this.host.requestUpdate();
  }

  /** The live region that announces outcomes. */
  renderAnnouncement() {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  /** The content of a dialog that asks to confirm one action. */
  confirmation(c: {
    title: string;
    body?: string;
    confirm: string;
    cancel: string;
    /** `danger` for what cannot be undone. */
    tone: 'primary' | 'danger';
    onConfirm: () => Promise<Outcome | null>;
  }) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.run(c.onConfirm);
    };
    return html`<form method="dialog" @submit=${submit}>
      <h2 id="dialog-title">${c.title}</h2>
      ${c.body ? html`<p>${c.body}</p>` : nothing} ${this.renderError()}
      <div class="dialog-actions">
        <button type="button" part="button" @click=${() => this.close()}>${c.cancel}</button>
        <button type="submit" class=${c.tone} part="button" ?disabled=${this.busy}>
          ${c.confirm}
        </button>
      </div>
    </form>`;
  }

  renderError() {
    return html`<p id="dialog-error" class="field-error" role="alert">${this.error}</p>`;
  }
}
