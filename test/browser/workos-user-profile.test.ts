/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import '../../src/workos-user-profile/define.js';
import type { WorkosUserProfile } from '../../src/workos-user-profile/workos-user-profile.js';
import {
  ADMIN,
  api,
  button,
  codeSentTo,
  MEMBER,
  reset,
  rowNames,
  shadow,
  tokenUrl,
  type,
  waitUntil,
} from './helpers.js';

async function profile(email = MEMBER) {
  const element = await fixture<WorkosUserProfile>(html`
    <workos-user-profile api-url=${await api()} token-url=${tokenUrl(email)}></workos-user-profile>
  `);
  await waitUntil(() => shadow(element).querySelector('.name'), 'no profile', { timeout: 8000 });
  return element;
}

function root(element: Element) {
  return shadow(element);
}

function dialog(element: Element) {
  return root(element).querySelector('dialog')!;
}

function field(parent: ParentNode, name: string) {
  return parent.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
}

function dialogText(element: Element) {
  return dialog(element).textContent!.replace(/\s+/g, ' ');
}

/** Opens the email change and proves control of the current address with its code. */
async function verifyCurrentEmail(element: Element, email: string) {
  button(root(element), 'Change email').click();
  await waitUntil(() => dialog(element).open);
  button(dialog(element), 'Send code').click();
  await waitUntil(() => field(dialog(element), 'code'));
  type(field(dialog(element), 'code'), await codeSentTo(email));
  button(dialog(element), 'Verify').click();
  await waitUntil(() => field(dialog(element), 'newEmail'), 'no address step');
}

describe('<workos-user-profile>', () => {
  beforeEach(reset);

  it('shows the user, their verified email and their organizations', async () => {
    const element = await profile(ADMIN);
    expect(root(element).querySelector('.name')!.textContent).to.equal('Marisol Vega');
    expect(root(element).querySelector('.email')!.textContent).to.contain(ADMIN);
    expect(root(element).querySelector('[data-verified="true"]')).to.exist;

    const organizations = [...root(element).querySelectorAll('.organizations li')];
    expect(organizations.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Acme Current',
      'Globex',
    ]);
    expect(organizations[0]!.getAttribute('aria-current')).to.equal('true');
  });

  it('saves a new name and language, with its events', async () => {
    const element = await profile();
    button(root(element), 'Edit profile').click();
    await element.updateComplete;

    type(field(root(element), 'firstName'), 'Theodore');
    type(field(root(element), 'locale'), 'fr-ca');
    const intent = oneEvent(element, 'workos-profile-update');
    const result = oneEvent(element, 'workos-profile-updated');
    button(root(element), 'Save').click();

    expect((await intent).detail).to.deep.equal({
      firstName: 'Theodore',
      lastName: 'Nakamura',
      locale: 'fr-ca',
    });
    expect((await result).detail.user.locale).to.equal('fr-CA');
    await waitUntil(
      () => root(element).querySelector('.name')!.textContent === 'Theodore Nakamura',
    );
    expect(root(element).querySelector('.details')!.textContent).to.contain('fr-CA');
  });

  it('renames the user in a members table on the same page at once', async () => {
    const provider = await fixture(html`
      <workos-provider api-url=${await api()} token-url=${tokenUrl(MEMBER)}>
        <workos-user-profile></workos-user-profile>
        <workos-members-table page-size="50"></workos-members-table>
      </workos-provider>
    `);
    const element = provider.querySelector('workos-user-profile')!;
    const members = provider.querySelector('workos-members-table')!;
    await waitUntil(() => root(element).querySelector('.name'));
    await waitUntil(() => rowNames(members).includes('Theo Nakamura You'));

    button(root(element), 'Edit profile').click();
    await element.updateComplete;
    type(field(root(element), 'firstName'), 'Teddy');
    button(root(element), 'Save').click();
    await waitUntil(
      () => rowNames(members).includes('Teddy Nakamura You'),
      'the table kept the old name',
    );
  });

  it('shows an invalid language on its field and keeps what was typed', async () => {
    const element = await profile();
    button(root(element), 'Edit profile').click();
    await element.updateComplete;

    type(field(root(element), 'firstName'), 'Theodore');
    type(field(root(element), 'locale'), 'not a language!');
    button(root(element), 'Save').click();

    await waitUntil(() =>
      root(element).querySelector('#locale-error')!.textContent!.includes('not a language tag'),
    );
    expect(field(root(element), 'locale').getAttribute('aria-invalid')).to.equal('true');
    expect(field(root(element), 'locale').value).to.equal('not a language!');
    expect(field(root(element), 'firstName').value).to.equal('Theodore');
  });

  it('changes the email with a code to each address, reading both from the outbox', async () => {
    const element = await profile();
    await verifyCurrentEmail(element, MEMBER);

    const newEmail = 'theo@new-domain.example';
    type(field(dialog(element), 'newEmail'), newEmail);
    const intent = oneEvent(element, 'workos-email-change');
    button(dialog(element), 'Send code').click();
    expect((await intent).detail.newEmail).to.equal(newEmail);

    await waitUntil(() => dialogText(element).includes(`sent to ${newEmail}`));
    type(field(dialog(element), 'code'), await codeSentTo(newEmail));
    const changed = oneEvent(element, 'workos-email-changed');
    button(dialog(element), 'Change email').click();

    expect((await changed).detail).to.deep.equal({ email: newEmail, previousEmail: MEMBER });
    await waitUntil(() => !dialog(element).open);
    await waitUntil(() => root(element).querySelector('.email')!.textContent!.includes(newEmail));

    // The elevated access stays valid: a second change starts at the address.
    button(root(element), 'Change email').click();
    await waitUntil(() => dialog(element).open);
    expect(field(dialog(element), 'newEmail')).to.exist;
  });

  it('shows each failure in place and keeps what was typed', async () => {
    const element = await profile();
    button(root(element), 'Change email').click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Send code').click();
    await waitUntil(() => field(dialog(element), 'code'));

    // A wrong code for the current address.
    const right = await codeSentTo(MEMBER);
    const wrong = right === '000000' ? '111111' : '000000';
    type(field(dialog(element), 'code'), wrong);
    button(dialog(element), 'Verify').click();
    await waitUntil(() => dialogText(element).includes('not right'));
    expect(field(dialog(element), 'code').value).to.equal(wrong);

    type(field(dialog(element), 'code'), right);
    button(dialog(element), 'Verify').click();
    await waitUntil(() => field(dialog(element), 'newEmail'));

    // Addresses that cannot be used.
    for (const [address, message] of [
      [ADMIN, 'cannot be used'],
      ['not-an-address', 'not an email address'],
    ]) {
      type(field(dialog(element), 'newEmail'), address!);
      button(dialog(element), 'Send code').click();
      await waitUntil(() => dialogText(element).includes(message!), message);
      expect(field(dialog(element), 'newEmail').value).to.equal(address);
    }

    // Wrong codes for the new address, until there have been too many.
    type(field(dialog(element), 'newEmail'), 'theo.two@example.com');
    button(dialog(element), 'Send code').click();
    await waitUntil(() => field(dialog(element), 'code'));
    const newCode = await codeSentTo('theo.two@example.com');
    const bad = newCode === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      type(field(dialog(element), 'code'), bad);
      const submit = button(dialog(element), 'Change email');
      submit.click();
      await element.updateComplete;
      await waitUntil(() => !submit.disabled, 'the attempt did not finish');
      const expected = attempt < 5 ? 'not right' : 'Too many wrong codes';
      expect(dialogText(element)).to.include(expected);
    }
    expect(root(element).querySelector('.email')!.textContent).to.contain(MEMBER);
  });

  it('waits before another code can be sent', async () => {
    const element = await profile();
    button(root(element), 'Change email').click();
    await waitUntil(() => dialog(element).open);
    button(dialog(element), 'Send code').click();
    await waitUntil(() => field(dialog(element), 'code'));
    const resend = button(dialog(element), /Send a new code/);
    expect(resend.disabled).to.be.true;
    expect(resend.textContent).to.match(/\d+ s/);
  });

  it('passes axe in each state and step', async () => {
    const element = await profile();
    await expect(element).to.be.accessible();

    button(root(element), 'Edit profile').click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    button(root(element), 'Cancel').click();
    await element.updateComplete;

    button(root(element), 'Change email').click();
    await waitUntil(() => dialog(element).open);
    await expect(element).to.be.accessible();
    button(dialog(element), 'Send code').click();
    await waitUntil(() => field(dialog(element), 'code'));
    await expect(element).to.be.accessible();
  });
});
