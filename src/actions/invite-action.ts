import { html, nothing } from 'lit';
import type { DialogController } from '../core/dialog.js';
import { Lazy } from '../core/lazy.js';
import type { WorkosElement } from '../core/workos-element.js';
import type { InviteForm, InviteFormOptions } from './invite-form.js';

/**
 * The invite button and the dialog behind it. The form's code loads when a
 * pointer or the focus first reaches the button, so a page that never
 * invites anyone never downloads it.
 */
export class InviteAction<Dialog> {
  private readonly form: Lazy<InviteForm>;

  constructor(
    private readonly host: WorkosElement,
    private readonly dialogs: DialogController<Dialog>,
    private readonly dialog: Dialog,
    options: InviteFormOptions,
  ) {
    this.form = new Lazy(host, async () => {
      const { InviteForm } = await import('./invite-form.js');
      return new InviteForm(host, options);
    });
  }

  renderButton(label: string) {
    return html`<button
      class="primary"
      part="button"
      @pointerenter=${this.form.prefetch}
      @focus=${this.form.prefetch}
      @click=${this.open}
    >
      ${label}
    </button>`;
  }

  /** The dialog's content; the form has loaded by the time the dialog opens. */
  renderForm() {
    return this.form.value?.render(() => this.dialogs.close()) ?? nothing;
  }

  private open = async () => {
    const form = await this.form.load().catch(() => null);
    if (!form) return this.dialogs.announce(this.host.messages.actionFailed);

    form.reset();
    await this.dialogs.open(this.dialog);
  };
}
