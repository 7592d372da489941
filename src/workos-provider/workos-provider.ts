import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  connectionContext,
  type Appearance,
  type Connection,
  type Density,
} from '../core/connection.js';
import { takeEarlyProperties } from '../core/early-properties.js';
import type { TokenInput } from '../core/token.js';

/**
 * Sets the token, API, language, appearance and density once for every
 * element inside it. An element's own settings still win over the provider's.
 *
 * @summary Shares a token source and API URL with the elements it contains.
 * @slot - The elements that use this connection, anywhere below.
 *
 * @tagname workos-provider
 */
export class WorkosProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The widget token, or a function returning one; wins over the attribute. */
  @property({ attribute: false })
  token?: TokenInput;

  /** The widget token as an attribute, for markup without script. */
  @property({ attribute: 'token' })
  tokenAttribute?: string;

  /** A URL of the host's own endpoint that answers with a fresh token. */
  @property({ attribute: 'token-url' })
  tokenUrl?: string;

  /** Base URL of the Widgets API. Default `https://api.workos.com`. */
  @property({ attribute: 'api-url' })
  apiUrl?: string;

  /** Language for the elements inside, unless they set their own. */
  @property()
  locale?: string;

  /** `light`, `dark` or `auto` for the elements inside, unless they set their own. */
  @property()
  appearance?: Appearance;

  /** `comfortable` or `compact` for the elements inside, unless they set their own. */
  @property()
  density?: Density;

  private readonly restoreEarlyProperties = takeEarlyProperties(this);

  override connectedCallback() {
    this.restoreEarlyProperties();
    super.connectedCallback();
  }

  @provide({ context: connectionContext })
  @state()
  protected connection: Connection = {};

  protected override willUpdate(changed: PropertyValues<this>) {
    const settings = [
      'token',
      'tokenAttribute',
      'tokenUrl',
      'apiUrl',
      'locale',
      'appearance',
      'density',
    ];
    if (settings.some((key) => changed.has(key as never))) {
      this.connection = {
        token: this.token ?? this.tokenAttribute,
        tokenUrl: this.tokenUrl,
        apiUrl: this.apiUrl,
        locale: this.locale,
        appearance: this.appearance,
        density: this.density,
      };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workos-provider': WorkosProvider;
  }
}
