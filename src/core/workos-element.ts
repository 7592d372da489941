import { consume } from '@lit/context';
import type { AnyVariables, Client, CombinedError, TypedDocumentNode } from '@urql/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_API_URL, clientFor } from './client.js';
import { connectionContext, type Appearance, type Connection, type Density } from './connection.js';
import { answerLost, errorCode } from './errors.js';
import { emit, type ErrorCode } from './events.js';
import {
  directionOf,
  loadMessages,
  messagesFor,
  resolveLocale,
  type Messages,
} from './i18n/index.js';
import { operationName } from './query.js';
import { takeEarlyProperties } from './early-properties.js';
import { TokenSource, tokenClaims, type TokenInput } from './token.js';

/** The permission to invite, remove and change the roles of members. */
export const MANAGE_MEMBERS = 'widgets:users-table:manage';

/** Why an element cannot show its content. */
export type Blocked = 'unconfigured' | 'expired' | 'forbidden' | null;

/**
 * What every element shares: where its token and API come from (its own
 * attributes first, then the nearest `<workos-provider>`), the page-wide
 * GraphQL client for them, its language, and the states that stop it from
 * showing content.
 *
 * @cssprop --workos-color-background - The background; light and dark defaults.
 * @cssprop --workos-color-surface - Hover, avatars, notices and skeletons.
 * @cssprop --workos-color-foreground - Text.
 * @cssprop --workos-color-muted - Secondary text.
 * @cssprop --workos-color-border - Borders and rules.
 * @cssprop --workos-color-accent - Primary buttons and the focus ring.
 * @cssprop --workos-color-accent-foreground - Text on the accent.
 * @cssprop --workos-color-danger - Destructive actions and errors.
 * @cssprop --workos-color-success - Positive statuses.
 * @cssprop --workos-color-warning - Cautionary statuses.
 * @cssprop --workos-color-focus - The focus ring; default the accent.
 * @cssprop [--workos-radius=6px] - Corners.
 * @cssprop [--workos-spacing=8px] - The unit of every gap and padding.
 * @cssprop [--workos-control-height=32px] - Buttons and fields.
 * @cssprop --workos-font-family - The typeface; default the system's.
 * @cssprop [--workos-font-size=14px] - The base text size.
 *
 * @attr {string} token - The widget token, for markup without script. The `token` property
 *   wins over it, and it wins over `token-url`.
 */
export abstract class WorkosElement extends LitElement {
  /**
   * The widget token, or a function returning one. Takes precedence over the
   * `token` attribute, which takes precedence over `token-url`.
   */
  @property({ attribute: false })
  token?: TokenInput;

  /** The widget token as an attribute, for markup without script. @internal */
  @property({ attribute: 'token' })
  tokenAttribute?: string;

  /** A URL of the host's own endpoint that answers with a fresh token. */
  @property({ attribute: 'token-url' })
  tokenUrl?: string;

  /** Base URL of the Widgets API. Default `https://api.workos.com`. */
  @property({ attribute: 'api-url' })
  apiUrl?: string;

  /** Language of the element's text and dates; default the nearest `lang`. */
  @property({ reflect: false })
  locale?: string;

  /** `light`, `dark`, or `auto` to follow the system's setting (the default). */
  @property()
  appearance?: Appearance;

  /** `comfortable` (the default) or `compact`, with tighter spacing and smaller controls. */
  @property()
  density?: Density;

  @consume({ context: connectionContext, subscribe: true })
  @state()
  protected inherited?: Connection;

  @state()
  protected blocked: Blocked = null;

  /** The client for the current API and token source; null when unconfigured. @internal */
  client: Client | null = null;

  /** Changes whenever `client` does. @internal */
  clientKey = '';

  private readonly restoreEarlyProperties = takeEarlyProperties(this);
  private source: TokenSource | null = null;
  /** Counts recoveries of the token source, so queries that failed run again. */
  private recoveries = 0;
  private readonly onSourceChange = () => this.followSource();

  /**
   * @internal `rtl` when the element's locale is written right to left;
   * otherwise nothing, and the page's direction holds.
   */
  get direction() {
    return directionOf(this.resolvedLocale) ?? nothing;
  }

  /** The text catalogue of the element's locale. @internal */
  get messages(): Messages {
    return messagesFor(this.resolvedLocale);
  }

  /** The locale in use: `locale`, the provider's, the nearest `lang`, the browser's. @internal */
  get resolvedLocale(): string {
    return this.localeOfUpdate ?? resolveLocale(this, this.locale ?? this.inherited?.locale);
  }

  /**
   * The locale, looked up once per update rather than for every string a
   * render reads: finding the nearest `lang` walks up the document.
   */
  private localeOfUpdate: string | null = null;

  /** Where this element's tokens come from; null when unconfigured. @internal */
  get tokenSource(): TokenSource | null {
    return this.source;
  }

  /** What the current token says the user may do. */
  protected can(permission: string): boolean {
    const token = this.source?.peek();
    return Boolean(token && tokenClaims(token).permissions?.includes(permission));
  }

  /** The signed-in user's ID, from the current token. */
  protected get viewerId(): string | undefined {
    const token = this.source?.peek();
    return token ? tokenClaims(token).sub : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.localeOfUpdate = null;
    this.localeOfUpdate = this.resolvedLocale;
    // English shows until the locale's catalogue arrives, then the element renders again.
    loadMessages(this.localeOfUpdate)?.then(() => this.requestUpdate());
    const settings = ['token', 'tokenAttribute', 'tokenUrl', 'apiUrl', 'inherited'];
    if (settings.some((key) => changed.has(key as never))) {
      this.connectClient();
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.localeOfUpdate = null;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.source?.removeEventListener('change', this.onSourceChange);
  }

  override connectedCallback() {
    this.restoreEarlyProperties();
    super.connectedCallback();
    this.source?.addEventListener('change', this.onSourceChange);
  }

  /** The token or token function in force, if any: own first, then the provider's. */
  private get tokenSetting(): TokenInput | undefined {
    return this.token ?? this.tokenAttribute ?? this.inherited?.token;
  }

  /** Picks the token source and client for the current settings. */
  private connectClient() {
    const token = this.tokenSetting;
    const tokenUrl = this.tokenUrl ?? this.inherited?.tokenUrl;
    const apiUrl = this.apiUrl ?? this.inherited?.apiUrl ?? DEFAULT_API_URL;
    const source = token
      ? TokenSource.from(token)
      : tokenUrl
        ? TokenSource.fromUrl(tokenUrl)
        : null;

    if (source !== this.source) {
      this.source?.removeEventListener('change', this.onSourceChange);
      source?.addEventListener('change', this.onSourceChange);
      this.source = source;
    }
    this.client = source ? clientFor(apiUrl, source) : null;
    this.clientKey = source ? `${apiUrl}\n${clientId(this.client!)}\n${this.recoveries}` : '';
    this.blocked = source ? (source.expired ? 'expired' : null) : 'unconfigured';
  }

  private followSource() {
    if (this.source?.expired) {
      this.blocked = 'expired';
      emit(this, 'workos-token-expired', { apiUrl: this.apiUrl ?? DEFAULT_API_URL });
    } else if (this.blocked === 'expired') {
      this.recoveries++;
      this.connectClient();
    }
  }

  /** Asks the token source again, after it failed: the expired state's retry. */
  private retryToken() {
    this.source?.refresh().catch(() => {
      // The source fires `change`, which keeps the expired state.
    });
  }

  /**
   * @internal
   * Reports a failed operation: `workos-error` for the host. A query's failure
   * about the token or permissions also blocks the element.
   */
  reportError(error: CombinedError, operation: string, kind: 'query' | 'mutation' = 'mutation') {
    const code = errorCode(error);
    if (code === 'unauthenticated') this.blocked = 'expired';
    if (code === 'forbidden' && kind === 'query') this.blocked = 'forbidden';
    emit(this, 'workos-error', { code, operation, message: error.message });
    return code;
  }

  /**
   * @internal
   * Runs a mutation. Returns its data, or null after reporting the failure;
   * the cache then refreshes every query on the page that shows `typenames`.
   */
  async mutate<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    typenames: string[],
  ): Promise<Data | null> {
    if (!this.client) return null;
    const result = await this.client
      .mutation(document, variables, { additionalTypenames: typenames })
      .toPromise();
    this.lastFailure = null;
    if (result.error || !result.data) {
      if (result.error) {
        const code = this.reportError(result.error, operationName(document));
        this.lastFailure = answerLost(result.error) ? 'lost' : code;
      }
      // Never sent again by itself: the element's lists are reloaded to show the truth.
      if (this.lastFailure === 'lost') for (const query of this.queries) query.retry();
      return null;
    }
    return result.data;
  }

  /**
   * @internal
   * Why the last mutation failed: `lost` when its answer was (the connection
   * dropped, a gateway failed, the body was cut), so that it may or may not
   * have run; otherwise the failure's code. Null after a success.
   */
  lastFailure: ErrorCode | 'lost' | null = null;

  /** @internal The element's queries, reloaded after a change of unknown outcome. */
  readonly queries = new Set<{ retry(): void }>();

  /**
   * The element's box, which carries its language, direction, appearance and
   * density, holding the notice while the element is blocked, otherwise its
   * content.
   */
  protected override render(): TemplateResult {
    return html`<div
      class="base"
      part="base"
      lang=${this.resolvedLocale}
      dir=${this.direction}
      data-appearance=${this.appearance ?? this.inherited?.appearance ?? 'auto'}
      data-density=${this.density ?? this.inherited?.density ?? 'comfortable'}
      aria-busy=${this.busy ?? nothing}
    >
      ${this.renderBlocked() ?? this.renderContent()}
    </div>`;
  }

  /** What the element shows when it is not blocked. */
  protected abstract renderContent(): TemplateResult;

  /** Whether the whole element waits for its data, for `aria-busy`; undefined to leave it out. */
  protected get busy(): boolean | undefined {
    return undefined;
  }

  /** The notice shown instead of content while the element is blocked. */
  private renderBlocked(): TemplateResult | null {
    if (!this.blocked) return null;
    const text = {
      unconfigured: this.messages.notConfigured,
      expired: this.messages.expired,
      forbidden: this.messages.forbidden,
    }[this.blocked];
    const canRetry = this.blocked === 'expired' && !(typeof this.tokenSetting === 'string');
    return html`<div class="notice" part="notice" role="alert" data-state=${this.blocked}>
      ${text}
      ${
        canRetry
          ? html`<button part="button" @click=${this.retryToken}>${this.messages.retry}</button>`
          : null
      }
    </div>`;
  }
}

const ids = new WeakMap<Client, number>();
let nextId = 0;

function clientId(client: Client) {
  if (!ids.has(client)) ids.set(client, ++nextId);
  return ids.get(client)!;
}
