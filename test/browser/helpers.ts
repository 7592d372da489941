import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * What browser tests share: the host back end's endpoints (the same the demo
 * uses), and waits on the elements' rendered state.
 */
let apiUrl: string | undefined;

export const ADMIN = 'marisol.vega@acme.example';
export const MEMBER = 'theo.nakamura@acme.example';

/**
 * Open-wc's wait with a five-second default instead of one: a fresh CI
 * machine's first page loads, token requests and module compiles can take
 * longer than a second, and a wait that gives up early is a flaky test.
 * A test that means a shorter bound passes its own `timeout`.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5_000, ...options });
}

export async function api(): Promise<string> {
  apiUrl ??= ((await (await fetch('/host/config')).json()) as { apiUrl: string }).apiUrl;
  return apiUrl;
}

interface TokenOptions {
  organization?: string;
  ttl?: number;
}

/** Changes at each reset, so no test meets a client (and cache) of an earlier one. */
let generation = 0;

/** The host endpoint that mints a token for `email`, for `token-url`. */
export function tokenUrl(email: string, options: TokenOptions = {}) {
  const params = new URLSearchParams({
    email,
    organization: options.organization ?? 'Acme',
    generation: String(generation),
  });
  if (options.ttl) params.set('ttl', String(options.ttl));
  return `/host/token?${params}`;
}

/** A widget token for `email`, minted by the host back end. */
export async function tokenFor(email: string, options: TokenOptions = {}): Promise<string> {
  const response = await fetch(tokenUrl(email, options), { method: 'POST' });
  const body = (await response.json()) as { token: string };
  return body.token;
}

/** Back to the seeded state: each test starts from the same data. */
export async function reset() {
  generation++;
  await fetch(`${await api()}/dev/reset`, { method: 'POST' });
}

/** A GraphQL request with a token, as a script on the page could send it. */
export async function graphql(token: string, query: string, variables: object = {}) {
  const response = await fetch(`${await api()}/client/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** The rows of a members table, once it shows data. */
export function rows(element: Element): HTMLTableRowElement[] {
  return [...shadow(element).querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]')];
}

export function rowNames(element: Element): string[] {
  return rows(element).map((row) =>
    row.querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

/** Whether an element shows its data: a region no longer busy, and no skeleton left. */
export function showsData(element: Element): boolean {
  const root = element.shadowRoot;
  return Boolean(
    root?.querySelector('[aria-busy="false"]') &&
    !root.querySelector('[aria-busy="true"], .skeleton'),
  );
}

/** Waits until every one of `elements` shows its data. */
export async function untilData(elements: Element[], timeout = 8_000) {
  await waitUntil(() => elements.every(showsData), 'every element shows its data', { timeout });
}

export async function untilRows(
  element: Element,
  test: (names: string[]) => boolean = (n) => n.length > 0,
) {
  await waitUntil(() => test(rowNames(element)), 'rows did not appear', { timeout: 8000 });
}

export function button(root: ParentNode, label: string | RegExp): HTMLButtonElement {
  const match = [...root.querySelectorAll('button')].find((b) => {
    const text = b.getAttribute('aria-label') ?? b.textContent!.trim();
    return typeof label === 'string' ? text === label : label.test(text);
  });
  if (!match) throw new Error(`no button ${label}`);
  return match as HTMLButtonElement;
}

/** Counts requests to the GraphQL endpoint while `work` runs. */
export async function countGraphQLRequests(work: () => Promise<void>) {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes('/client/graphql')) count++;
    return original(input, init);
  };
  try {
    await work();
  } finally {
    window.fetch = original;
  }
  return count;
}

/** The code in the newest email to `address` in the local API's outbox. */
export async function codeSentTo(address: string): Promise<string> {
  const response = await fetch(`${await api()}/dev/outbox?to=${encodeURIComponent(address)}`);
  const { emails } = (await response.json()) as { emails: { data: { code?: string } }[] };
  const code = emails[0]?.data.code;
  if (!code) throw new Error(`no code was sent to ${address}`);
  return code;
}

/** Types into a field the way a user does, firing `input`. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/**
 * Loads a host page in an iframe and waits until its members table shows a
 * first page of ten. `table` is read afresh each time, for hosts that
 * unmount and mount it again.
 */
export async function openFrame(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });

  const doc = frame.contentDocument!;
  const table = () => doc.querySelector('workos-members-table');
  const rows = () => [...(table()?.shadowRoot?.querySelectorAll('tbody tr[part="row"]') ?? [])];
  await waitUntil(() => rows().length === 10, `${path} shows no members`, { timeout: 10_000 });
  return { frame, doc, table, rows, window: frame.contentWindow as Window & Record<string, any> };
}
