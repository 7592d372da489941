import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens the host's native `<dialog>` as a modal and, when it closes however
 * it closes (Escape, a button, the host going away), puts focus back on the
 * control that opened it.
 */
export class DialogController implements ReactiveController {
  private trigger: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => HTMLDialogElement | null,
  ) {
    host.addController(this);
  }

  /** Opens after the next render, so the dialog shows its new content. */
  async open() {
    const active = this.host.shadowRoot?.activeElement ?? document.activeElement;
    this.trigger = active instanceof HTMLElement ? active : null;
    await this.host.updateComplete;

    const dialog = this.find();
    if (dialog && !dialog.open) dialog.showModal();
  }

  close() {
    this.find()?.close();
  }

  /** Called by the dialog's `close` event. */
  restoreFocus() {
    this.trigger?.focus();
    this.trigger = null;
  }

  hostDisconnected() {
    this.close();
  }
}

interface Confirmation {
  title: string;
  body?: string;
  confirm: string;
  /** `danger` for what cannot be undone. */
  tone: 'primary' | 'danger';
  busy: boolean;
  error: string;
  cancelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/** The content of a dialog that asks to confirm one action. */
export function confirmation(c: Confirmation) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    c.onConfirm();
  };
  return html`<form method="dialog" @submit=${submit}>
    <h2 id="dialog-title">${c.title}</h2>
    ${c.body ? html`<p>${c.body}</p>` : nothing}
    <p id="dialog-error" class="field-error" role="alert">${c.error}</p>
    <div class="dialog-actions">
      <button type="button" part="button" @click=${c.onCancel}>${c.cancelLabel}</button>
      <button type="submit" class=${c.tone} part="button" ?disabled=${c.busy}>${c.confirm}</button>
    </div>
  </form>`;
}
