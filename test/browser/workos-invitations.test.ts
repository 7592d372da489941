/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/workos-invitations/define.js';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import type { WorkosInvitations } from '../../src/workos-invitations/workos-invitations.js';
import {
  ADMIN,
  api,
  button,
  MEMBER,
  reset,
  rowNames,
  shadow,
  tokenUrl,
  waitUntil,
} from './helpers.js';

async function invitations(
  email = ADMIN,
  options: { status?: string; organization?: string } = {},
) {
  const element = await fixture<WorkosInvitations>(html`
    <workos-invitations
      api-url=${await api()}
      token-url=${tokenUrl(email, { organization: options.organization })}
      status=${options.status ?? 'Pending'}
      page-size="50"
    ></workos-invitations>
  `);
  await waitUntil(() => shadow(element).querySelector('tbody tr:not(.skeleton-row)'), 'no rows', {
    timeout: 8000,
  });
  return element;
}

function emails(element: Element) {
  return [...shadow(element).querySelectorAll('tbody tr[part="row"] th')].map((th) =>
    th.textContent!.trim(),
  );
}

function row(element: Element, email: string) {
  const found = [...shadow(element).querySelectorAll('tbody tr[part="row"]')].find(
    (tr) => tr.querySelector('th')!.textContent!.trim() === email,
  );
  if (!found) throw new Error(`no invitation for ${email}`);
  return found;
}

function dialog(element: Element) {
  return shadow(element).querySelector('dialog')!;
}

function showStatus(element: Element, status: string) {
  const radio = shadow(element).querySelector<HTMLInputElement>(`input[value="${status}"]`)!;
  radio.click();
}

async function invite(element: Element, text: string) {
  button(shadow(element), 'Invite members').click();
  await waitUntil(() => dialog(element).open);
  const field = dialog(element).querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input'));
  button(dialog(element), 'Send invitations').click();
}

describe('<workos-invitations>', () => {
  beforeEach(reset);

  it('lists pending invitations first, and each status on request', async () => {
    const element = await invitations();
    expect(emails(element)).to.include('lucia.ferrari@acme.example');
    for (const status of shadow(element).querySelectorAll('[part="status"]')) {
      expect(status.textContent!.trim()).to.equal('Pending');
    }
    const time = row(element, 'lucia.ferrari@acme.example').querySelector('time')!;
    expect(time.getAttribute('title')).to.match(/\d/);

    for (const status of ['Expired', 'Revoked', 'Accepted']) {
      showStatus(element, status);
      await waitUntil(
        () =>
          emails(element).length > 0 &&
          [...shadow(element).querySelectorAll('[part="status"]')].every(
            (badge) => badge.textContent!.trim() === status,
          ),
        `no ${status} invitations shown`,
      );
    }
  });

  it('invites five addresses at once, keeping the two bad ones with their reasons', async () => {
    const provider = await fixture(html`
      <workos-provider api-url=${await api()} token-url=${tokenUrl(ADMIN)}>
        <workos-invitations page-size="50"></workos-invitations>
        <workos-members-table page-size="50"></workos-members-table>
      </workos-provider>
    `);
    const element = provider.querySelector('workos-invitations')!;
    const members = provider.querySelector('workos-members-table')!;
    await waitUntil(() => emails(element).length > 0);
    await waitUntil(() => rowNames(members).length > 0);

    const invited: string[] = [];
    element.addEventListener('workos-member-invited', (event) =>
      invited.push(event.detail.invitation.email),
    );
    await invite(
      element,
      'ana@example.com, ben@example.com\nnot-an-address  carla@example.com;' + MEMBER,
    );

    await waitUntil(() => dialog(element).querySelectorAll('.invite-results li').length === 5);
    expect(invited).to.deep.equal(['ana@example.com', 'ben@example.com', 'carla@example.com']);
    expect(dialog(element).querySelector('textarea')!.value).to.equal(`not-an-address\n${MEMBER}`);
    const failures = [...dialog(element).querySelectorAll('[data-outcome="failed"]')].map(
      (li) => li.textContent,
    );
    expect(failures[0]).to.contain('not an email address');
    expect(failures[1]).to.contain('already a member');

    await waitUntil(() => emails(element).includes('carla@example.com'));
    await waitUntil(() => rowNames(members).includes('carla@example.com'));
  });

  it('resends an expired invitation, which becomes pending again', async () => {
    const element = await invitations(ADMIN, { status: 'Expired' });
    const email = 'samuel.oduya@acme.example';
    const resend = oneEvent(element, 'workos-invitation-resend');
    const resent = oneEvent(element, 'workos-invitation-resent');

    button(row(element, email), `Resend invitation: ${email}`).click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Resend invitation').click();

    expect((await resend).detail.email).to.equal(email);
    expect((await resent).detail.invitation.status).to.equal('Pending');
    await waitUntil(() => !emails(element).includes(email), 'it left the Expired list');
  });

  it('revokes a pending invitation after a confirmation', async () => {
    const element = await invitations();
    const email = 'lucia.ferrari@acme.example';
    const revoked = oneEvent(element, 'workos-invitation-revoked');

    button(row(element, email), `Revoke invitation: ${email}`).click();
    await waitUntil(() => dialog(element).open);
    expect(dialog(element).textContent).to.contain(email);
    button(dialog(element), 'Revoke invitation').click();

    expect((await revoked).detail.invitation.status).to.equal('Revoked');
    await waitUntil(() => !emails(element).includes(email));
  });

  it('does nothing when the host cancels a revocation', async () => {
    const element = await invitations();
    const email = 'lucia.ferrari@acme.example';
    element.addEventListener('workos-invitation-revoke', (event) => event.preventDefault());

    button(row(element, email), `Revoke invitation: ${email}`).click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Revoke invitation').click();
    await waitUntil(() => !dialog(element).open);
    expect(emails(element)).to.include(email);
  });

  it('shows a member without rights neither invitations nor actions', async () => {
    const element = await fixture<WorkosInvitations>(html`
      <workos-invitations api-url=${await api()} token-url=${tokenUrl(MEMBER)}></workos-invitations>
    `);
    await waitUntil(() => shadow(element).querySelector('[data-state="forbidden"]'));
    expect(shadow(element).querySelectorAll('button')).to.have.length(0);
  });

  it('passes axe when loaded, inviting, empty and forbidden', async () => {
    const element = await invitations();
    await expect(element).to.be.accessible();

    await invite(element, 'not-an-address');
    await waitUntil(() => dialog(element).querySelector('[data-outcome="failed"]'));
    await expect(element).to.be.accessible();
    dialog(element).close();

    const globex = await invitations('hank.scorpio@globex.example', { organization: 'Globex' });
    showStatus(globex, 'Revoked');
    await waitUntil(() => shadow(globex).querySelector('.empty'));
    await expect(globex).to.be.accessible();

    const forbidden = await fixture<WorkosInvitations>(html`
      <workos-invitations api-url=${await api()} token-url=${tokenUrl(MEMBER)}></workos-invitations>
    `);
    await waitUntil(() => shadow(forbidden).querySelector('[data-state="forbidden"]'));
    await expect(forbidden).to.be.accessible();
  });
});
