import type { CombinedError, TypedDocumentNode } from '@urql/core';
import type { ReactiveController } from 'lit';
import { errorCode } from './errors.js';
import type { WorkosElement } from './workos-element.js';

/** The first automatic retry of a failed query, doubled each time up to the most. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/** Failures that may pass by themselves: the network, the server, rate limiting. */
const PASSING = new Set(['network', 'server', 'rate-limited']);

/**
 * Keeps a query's latest result on its element. It subscribes while the
 * element is connected, follows changes of client and variables, and gets
 * the cache's refreshed results after mutations anywhere on the page. A
 * result for variables that are no longer current is dropped; until the new
 * one arrives, the previous data stays, marked stale.
 *
 * A failure that may pass (the network, a 5xx, rate limiting) shows as the
 * error state and is retried on its own, after 1, 2, 4… up to 30 seconds and
 * at once when the browser comes back online, so the element recovers when
 * the API does. The host hears of the first failure of a run, not each retry.
 */
export class QueryController<
  Data,
  Variables extends Record<string, unknown>,
> implements ReactiveController {
  data: Data | undefined;
  error: CombinedError | undefined;
  /** True from a change of variables until their first result. */
  stale = false;

  private subscription: { unsubscribe(): void } | null = null;
  private key = '';
  /** Failed attempts in a row, and the timer of the next retry. */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: WorkosElement,
    private readonly document: TypedDocumentNode<Data, Variables>,
    /** The variables to query with, or null to wait. Read before each update. */
    private readonly variables: () => NoInfer<Variables> | null,
    /**
     * Types whose changes refresh this query even when its result holds none
     * of them, as an empty list does.
     */
    private readonly typenames: string[] = [],
  ) {
    host.addController(this);
    host.queries.add(this);
  }

  hostUpdate() {
    const client = this.host.client;
    const variables = client ? this.variables() : null;
    const key = variables ? `${this.host.clientKey}\n${JSON.stringify(variables)}` : '';
    if (key === this.key) return;

    this.key = key;
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (!client || !variables) return;

    this.stale = this.data !== undefined;
    const context = { additionalTypenames: this.typenames };
    this.subscription = client.query(this.document, variables, context).subscribe((result) => {
      if (this.key !== key) return;
      this.data = result.data ?? (result.error ? this.data : undefined);
      this.error = result.error;
      this.stale = false;
      this.host.requestUpdate();
      if (result.error) return this.failed(result.error);
      this.failures = 0;
      clearTimeout(this.retryTimer);
    });
  }

  hostConnected() {
    window.addEventListener('online', this.retrySoon);
  }

  hostDisconnected() {
    window.removeEventListener('online', this.retrySoon);
    clearTimeout(this.retryTimer);
    this.failures = 0;
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.key = '';
  }

  /** Tells the host of the first failure in a row, and schedules a retry of one that may pass. */
  private failed(error: CombinedError) {
    if (this.failures === 0) this.host.reportError(error, operationName(this.document), 'query');
    clearTimeout(this.retryTimer);
    if (!PASSING.has(errorCode(error))) return;

    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures);
    this.failures++;
    this.retryTimer = setTimeout(() => this.retry(), delay);
  }

  private retrySoon = () => {
    if (this.error) this.retry();
  };

  /** Asks the API again, skipping the cache: the retry of an error state, or a check. */
  retry() {
    clearTimeout(this.retryTimer);
    const variables = this.variables();
    if (!this.host.client || !variables) return;
    this.host.requestUpdate();
    const context = { requestPolicy: 'network-only' as const, additionalTypenames: this.typenames };
    this.host.client.query(this.document, variables, context).toPromise();
  }

  /** True before the first result of the current variables. */
  get loading() {
    return this.data === undefined && this.error === undefined && this.key !== '';
  }
}

/** The name a document's operation was given, such as `OrgMembers`. */
export function operationName(document: TypedDocumentNode<any, any>): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return 'anonymous';
}
