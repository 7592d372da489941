/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TokenSource } from '../../src/core/token.js';
import '../../src/workos-members-table/define.js';
import type { WorkosMembersTable } from '../../src/workos-members-table/workos-members-table.js';
import type { Fault } from '../fault-proxy.js';
import {
  ADMIN,
  api,
  button,
  reset,
  rowNames,
  shadow,
  tokenFor,
  tokenUrl,
  type,
  untilRows,
  waitUntil,
} from './helpers.js';

/** Sets the proxy's fault; its URL and the operations it received since the last clear. */
function fault(next: Fault & { clear?: boolean }) {
  return executeServerCommand<{ url: string; received: string[] }, Fault>('fault', next);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh token source each time, so that no cache from an earlier table answers. */
let sources = 0;

/** A members table that reaches the API through the fault proxy, which does `next`. */
async function table(pageSize = 10, next: Fault & { clear?: boolean } = { mode: 'pass' }) {
  const { url } = await fault(next);
  return fixture<WorkosMembersTable>(html`
    <workos-members-table
      api-url=${url}
      token-url=${`${tokenUrl(ADMIN)}&source=${++sources}`}
      page-size=${pageSize}
    ></workos-members-table>
  `);
}

const notice = (element: Element) => shadow(element).querySelector('[role="alert"]');
const dialog = (element: Element) => shadow(element).querySelector('dialog')!;

describe('network faults', () => {
  beforeEach(reset);
  afterEach(() => fault({ mode: 'pass' }));

  it('shows the error state while the API is down, backs off, and recovers by itself', async () => {
    const element = await table(10, { mode: 'down', clear: true });
    const errors: string[] = [];
    element.addEventListener('workos-error', (event) => errors.push(event.detail.operation));

    await waitUntil(() => notice(element)?.textContent?.includes('could not be loaded'), '', {
      timeout: 3_000,
    });
    await sleep(3_500);
    const { received } = await fault({ mode: 'pass' });
    const attempts = received.filter((operation) => operation === 'MembersTable').length;
    expect(attempts, 'tries at 0, 1 and 3 seconds: backing off, not hammering').to.be.within(2, 4);
    expect(errors.filter((operation) => operation === 'MembersTable').length).to.be.at.most(1);

    // The next retry, four seconds after the last, finds the API back.
    await untilRows(element);
    expect(notice(element)).to.be.null;
  });

  for (const [name, next] of [
    ['a 500', { mode: 'status', status: 500 }],
    ['a 502', { mode: 'status', status: 502 }],
    ['a body that is not JSON', { mode: 'malformed' }],
    ['a cut-off answer', { mode: 'truncate' }],
  ] as const) {
    it(`recovers from ${name} without a click`, async () => {
      const element = await table(10, { ...next, operations: ['MembersTable'], times: 1 });
      await waitUntil(() => notice(element), 'the error state shows', { timeout: 3_000 });
      await untilRows(element);
      expect(notice(element)).to.be.null;
    });
  }

  it('cancels a request that a new search or filter made stale', async () => {
    const sent: { operation: string; signal: AbortSignal | null | undefined }[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as object) : {};
      const operation = (body as { operationName?: string }).operationName ?? '';
      if (operation === 'MembersTable') sent.push({ operation, signal: init?.signal });
      return original(input, init);
    };
    try {
      // Held far longer than the test takes, so it cannot answer before the change.
      const slow: Fault = {
        mode: 'delay',
        delayMs: 10_000,
        operations: ['MembersTable'],
        times: 1,
      };
      const element = await table(10, slow);
      // The filter's options come from the roles query, which may answer late.
      const filter = () =>
        shadow(element).querySelector<HTMLSelectElement>('select[part="role-filter"]');
      await waitUntil(
        () => sent.length === 1 && filter()?.querySelector('option[value="admin"]'),
        'the first request is out and the admin role can be picked',
      );

      filter()!.value = 'admin';
      filter()!.dispatchEvent(new Event('change'));
      await waitUntil(() => sent.length === 2, 'the filtered request is sent');
      expect(sent[0]!.signal?.aborted, 'the stale request is aborted').to.be.true;
      await untilRows(element, (names) => names.some((n) => n.startsWith('Marisol Vega')));
      expect(rowNames(element).length, 'only admins').to.be.below(5);
    } finally {
      window.fetch = original;
    }
  });

  it('waits out a slow answer with its skeleton, not an error', async () => {
    const slow: Fault = { mode: 'delay', delayMs: 3_000, operations: ['MembersTable'], times: 1 };
    const element = await table(10, slow);
    await sleep(800);
    expect(shadow(element).querySelector('.skeleton'), 'still loading').to.exist;
    expect(notice(element)).to.be.null;
    await untilRows(element);
  });
});

describe('a change whose answer is lost', () => {
  beforeEach(reset);
  afterEach(() => fault({ mode: 'pass' }));

  it('is not sent twice; the user is told, the list reloads, the text stays', async () => {
    const element = await table(50);
    await untilRows(element);
    button(shadow(element), 'Invite member').click();
    await waitUntil(() => dialog(element).open && dialog(element).querySelector('textarea'));
    const field = dialog(element).querySelector('textarea')!;
    type(field, 'lost.answer@example.com');

    await fault({ mode: 'reset', operations: ['InviteMember'], times: 1, clear: true });
    button(dialog(element), 'Send invitations').click();
    await waitUntil(() => dialog(element).querySelector('[data-outcome="failed"]'), '', {
      timeout: 3_000,
    });

    expect(dialog(element).textContent).to.contain('may or may not have been done');
    expect(field.value, 'what was typed is still there').to.equal('lost.answer@example.com');
    // The server did invite: the reloaded list shows the truth.
    await untilRows(element, (names) => names.includes('lost.answer@example.com'));

    await sleep(1_500);
    const { received } = await fault({ mode: 'pass' });
    expect(received.filter((operation) => operation === 'InviteMember')).to.have.length(1);
  });

  it('after a removal, says so in the dialog and shows the list as it now is', async () => {
    const element = await table(50);
    await untilRows(element, (names) => names.includes('Theo Nakamura'));
    button(shadow(element), 'Remove: Theo Nakamura').click();
    await waitUntil(() => dialog(element).open);

    await fault({ mode: 'reset', operations: ['RemoveMember'], times: 1, clear: true });
    button(dialog(element), 'Remove member').click();
    await waitUntil(
      () => dialog(element).textContent?.includes('may or may not have been done'),
      'the dialog says the outcome is unknown',
      { timeout: 3_000 },
    );
    await untilRows(element, (names) => !names.includes('Theo Nakamura'));

    const { received } = await fault({ mode: 'pass' });
    expect(received.filter((operation) => operation === 'RemoveMember')).to.have.length(1);
  });
});

describe('token faults', () => {
  const timeout = TokenSource.timeoutMs;
  beforeEach(reset);
  afterEach(() => (TokenSource.timeoutMs = timeout));

  async function bare() {
    return fixture<WorkosMembersTable>(html`
      <workos-members-table api-url=${await api()}></workos-members-table>
    `);
  }

  const expiredState = (element: Element) =>
    shadow(element).querySelector('[data-state="expired"]');

  it('gives up on a token function that never answers', async () => {
    TokenSource.timeoutMs = 300;
    const element = await bare();
    const expired = oneEvent(element, 'workos-token-expired');
    element.token = () => new Promise<string>(() => {});
    await expired;
    await waitUntil(() => expiredState(element));
  });

  it('ends in the expired state when the token function rejects', async () => {
    const element = await bare();
    const expired = oneEvent(element, 'workos-token-expired');
    element.token = () => Promise.reject(new Error('the host refused'));
    await expired;
    await waitUntil(() => expiredState(element));
  });

  for (const [name, url] of [
    ['a sign-in page', '/test/sign-in-page'],
    ['a 500', '/test/token-crash'],
  ]) {
    it(`takes no token from ${name} at token-url`, async () => {
      const element = await bare();
      const expired = oneEvent(element, 'workos-token-expired');
      element.tokenUrl = url!;
      await expired;
      await waitUntil(() => expiredState(element));
    });
  }

  it('refreshes a token that expired with a dialog open; the change goes through', async () => {
    let minted = 0;
    const element = await bare();
    element.token = () => tokenFor(ADMIN, { ttl: minted++ ? 600 : 3 });
    element.pageSize = 50;
    await untilRows(element, (names) => names.includes('Theo Nakamura'));
    button(shadow(element), 'Remove: Theo Nakamura').click();
    await waitUntil(() => dialog(element).open);

    await sleep(3_200);
    const removed = oneEvent(element, 'workos-member-removed');
    button(dialog(element), 'Remove member').click();
    await removed;
    await untilRows(element, (names) => !names.includes('Theo Nakamura'));
  });

  it('reports a fixed token that expired during a change, and shows that state', async () => {
    const element = await bare();
    element.pageSize = 50;
    element.token = await tokenFor(ADMIN, { ttl: 3 });
    await untilRows(element, (names) => names.includes('Theo Nakamura'));
    button(shadow(element), 'Remove: Theo Nakamura').click();
    await waitUntil(() => dialog(element).open);

    await sleep(3_200);
    const expired = oneEvent(element, 'workos-token-expired');
    button(dialog(element), 'Remove member').click();
    await expired;
    await waitUntil(() => expiredState(element));
  });
});
