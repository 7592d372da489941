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
