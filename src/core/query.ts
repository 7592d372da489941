import type { CombinedError, TypedDocumentNode } from '@urql/core';
import type { ReactiveController } from 'lit';
import type { WorkosElement } from './workos-element.js';

/**
 * Keeps a query's latest result on its element. It subscribes while the
 * element is connected, follows changes of client and variables, and gets
 * the cache's refreshed results after mutations anywhere on the page. A
 * result for variables that are no longer current is dropped; until the new
 * one arrives, the previous data stays, marked stale.
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
      if (result.error) this.host.reportError(result.error, operationName(this.document), 'query');
    });
  }

  hostDisconnected() {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.key = '';
  }

  /** Asks the API again, skipping the cache: the retry of an error state. */
  retry() {
    const variables = this.variables();
    if (!this.host.client || !variables) return;
    this.error = undefined;
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
