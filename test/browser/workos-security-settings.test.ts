/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import { storeElevatedToken } from '../../src/core/elevated-access.js';
import '../../src/workos-security-settings/define.js';
import type { WorkosSecuritySettings } from '../../src/workos-security-settings/workos-security-settings.js';
import {
  ADMIN,
  api,
  button,
  codeSentTo,
  MEMBER,
  reset,
  shadow,
  tokenUrl,
  type,
  waitUntil,
} from './helpers.js';

async function settings(email = MEMBER, sections?: string) {
  const element = await fixture<WorkosSecuritySettings>(html`
    <workos-security-settings
      api-url=${await api()}
      token-url=${tokenUrl(email)}
      sections=${sections ?? 'mfa passkeys sessions'}
    ></workos-security-settings>
  `);
  await waitUntil(() => shadow(element).querySelector('section .row, section .list'), 'no data', {
    timeout: 8000,
  });
  return element;
}

function root(element: Element) {
  return shadow(element);
}

function dialog(element: Element) {
  return root(element).querySelector('dialog')!;
}

function text(node: Element | ShadowRoot) {
  return node.textContent!.replace(/\s+/g, ' ');
}

function section(element: Element, title: string) {
  const found = [...root(element).querySelectorAll('section')].find(
    (s) => s.querySelector('h2')!.textContent === title,
  );
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

/** Answers the "confirm it is you" step with the code from the outbox. */
async function confirmItIsMe(element: Element, email: string) {
  await waitUntil(() => text(dialog(element)).includes('Confirm it is you'), 'no verification');
  button(dialog(element), 'Send code').click();
  await waitUntil(() => dialog(element).querySelector('input[name="code"]'));
  type(dialog(element).querySelector('input[name="code"]')!, await codeSentTo(email));
  button(dialog(element), 'Verify').click();
}

function sessionItems(element: Element) {
  return [...section(element, 'Sessions').querySelectorAll('li')];
}

describe('<workos-security-settings>', () => {
  beforeEach(reset);

  it('shows the authenticator app, passkeys and sessions, this device first', async () => {
    const element = await settings(ADMIN);
    expect(text(section(element, 'Authenticator app'))).to.contain('On');
    expect(text(section(element, 'Passkeys'))).to.contain('iCloud Keychain');

    const sessions = sessionItems(element);
    expect(sessions.length).to.be.greaterThan(2);
    expect(text(sessions[0]!)).to.contain('Chrome on macOS');
    expect(text(sessions[0]!)).to.contain('This device');
    expect(text(sessions[0]!)).to.contain('Lisbon, Portugal');
    expect(sessions[0]!.querySelector('button')).to.be.null;
    expect(sessions.some((li) => /\d+\.\d+\.\d+\.\d+|:/.test(text(li)))).to.be.true;
  });

  it('shows only the sections asked for', async () => {
    const element = await settings(ADMIN, 'sessions');
    expect(
      [...root(element).querySelectorAll('section h2')].map((h) => h.textContent),
    ).to.deep.equal(['Sessions']);
  });

  it('turns the authenticator app on with a code from the secret shown, then off', async () => {
    const element = await settings();
    button(section(element, 'Authenticator app'), 'Turn on').click();
    await confirmItIsMe(element, MEMBER);

    await waitUntil(() => dialog(element).querySelector('.secret'), 'no secret shown');
    const canvas = dialog(element).querySelector<HTMLCanvasElement>('canvas.qr')!;
    expect(canvas.dataset.drawn).to.match(/^otpauth:\/\/totp\//);
    const secret = dialog(element).querySelector('.secret')!.textContent!.trim();

    // A wrong code is refused, and stays in the field.
    const field = () => dialog(element).querySelector<HTMLInputElement>('input[name="code"]')!;
    type(field(), '000000');
    button(dialog(element), 'Turn on').click();
    await waitUntil(() => text(dialog(element)).includes('not right'));
    expect(field().value).to.equal('000000');

    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    type(field(), code);
    const enrolled = oneEvent(element, 'workos-totp-enrolled');
    button(dialog(element), 'Turn on').click();
    await enrolled;
    await waitUntil(() => !dialog(element).open);
    await waitUntil(() => text(section(element, 'Authenticator app')).includes('On'));

    // Turning it off reuses the confirmation, still valid.
    button(section(element, 'Authenticator app'), 'Turn off').click();
    await waitUntil(() => dialog(element).open);
    const removed = oneEvent(element, 'workos-mfa-factor-removed');
    button(dialog(element), 'Turn off').click();
    await removed;
    await waitUntil(() => text(section(element, 'Authenticator app')).includes('Off'));
  });

  it('asks again when the stored confirmation is refused', async () => {
    const element = await settings(ADMIN);
    storeElevatedToken(
      element.tokenSource!,
      'eat_not_a_real_token',
      new Date(Date.now() + 600_000).toISOString(),
    );

    button(section(element, 'Authenticator app'), 'Turn off').click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Turn off').click();
    await waitUntil(() => text(dialog(element)).includes('Confirm it is you'));
    expect(text(dialog(element))).to.contain('has expired');

    const removed = oneEvent(element, 'workos-mfa-factor-removed');
    await confirmItIsMe(element, ADMIN);
    await removed;
  });

  it('registers a passkey through the browser’s WebAuthn prompt, then deletes it', async () => {
    await executeServerCommand('add-virtual-authenticator');
    const element = await settings();
    button(section(element, 'Passkeys'), 'Add a passkey').click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Create passkey').click();
    const registered = oneEvent(element, 'workos-passkey-registered');
    await confirmItIsMe(element, MEMBER);

    const { detail } = await registered;
    const label = `Delete: ${detail.passkey.name}`;
    await waitUntil(() => section(element, 'Passkeys').querySelector(`[aria-label="${label}"]`));

    button(section(element, 'Passkeys'), label).click();
    await waitUntil(() => dialog(element).open);
    const deleted = oneEvent(element, 'workos-passkey-deleted');
    button(dialog(element), 'Delete passkey').click();
    await deleted;
    await waitUntil(() => text(section(element, 'Passkeys')).includes('No passkeys yet'));
  });

  it('signs out of one session, then of all the others', async () => {
    const element = await settings(ADMIN);
    const before = sessionItems(element).length;

    sessionItems(element)[1]!.querySelector('button')!.click();
    await waitUntil(() => dialog(element).open);
    const revoked = oneEvent(element, 'workos-session-revoked');
    button(dialog(element), 'Sign out').click();
    await revoked;
    await waitUntil(() => sessionItems(element).length === before - 1);

    button(section(element, 'Sessions'), 'Sign out of all other sessions').click();
    await waitUntil(() => dialog(element).open);
    const all = oneEvent(element, 'workos-sessions-revoked');
    button(dialog(element), 'Sign out of all').click();
    expect((await all).detail.revokedCount).to.equal(before - 2);
    await waitUntil(() => sessionItems(element).length === 1);
    expect(text(sessionItems(element)[0]!)).to.contain('This device');
  });

  it('does nothing when the host cancels signing out everywhere', async () => {
    const element = await settings(ADMIN);
    const before = sessionItems(element).length;
    element.addEventListener('workos-sessions-revoke', (event) => event.preventDefault());

    button(section(element, 'Sessions'), 'Sign out of all other sessions').click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Sign out of all').click();
    await waitUntil(() => !dialog(element).open);
    expect(sessionItems(element).length).to.equal(before);
  });

  it('passes axe when loaded, confirming, and showing the QR code', async () => {
    const element = await settings();
    await expect(element).to.be.accessible();

    button(section(element, 'Authenticator app'), 'Turn on').click();
    await waitUntil(() => text(dialog(element)).includes('Confirm it is you'));
    await expect(element).to.be.accessible();
    await confirmItIsMe(element, MEMBER);
    await waitUntil(() => dialog(element).querySelector('.secret'));
    await expect(element).to.be.accessible();
  });
});
