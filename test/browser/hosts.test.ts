/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { openFrame, reset, untilData, waitUntil } from './helpers.js';

function look(table: Element) {
  const root = table.shadowRoot!;
  const name = getComputedStyle(root.querySelector('.name')!);
  const button = getComputedStyle(root.querySelector('button')!);
  return {
    height: Math.round(table.getBoundingClientRect().height),
    nameColor: name.color,
    nameTransform: name.textTransform,
    nameFont: name.fontFamily,
    buttonPadding: button.paddingInlineStart,
    buttonBorder: button.borderTopWidth,
  };
}

/**
 * The demo's host pages, built from dist/ (npm test builds first): a plain
 * page with a script tag and no build step, and a CMS page whose theme resets
 * everything and whose policy forbids inline scripts and styles.
 */
describe('host pages', () => {
  beforeEach(reset);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works from a script tag with nothing else to load', async () => {
    const plain = await openFrame('/demo/plain.html');
    expect(plain.table()!.shadowRoot!.querySelector('.range')!.textContent).to.equal('1–10');
    expect(plain.table()!.shadowRoot!.querySelector('button')!.textContent).to.contain('Invite');
  });

  it('looks and works the same on a hostile CMS page with a strict policy', async () => {
    const plain = await openFrame('/demo/plain.html');
    const cms = await openFrame('/demo/cms.html');

    expect(cms.window.inlineScriptRan, 'the policy blocks inline scripts').to.be.undefined;
    expect(cms.doc.getElementById('inline-style')!.offsetWidth).to.not.equal(123);
    const blocked = (cms.window.violations as { directive: string }[]).map((v) => v.directive);
    expect(blocked.sort(), 'the elements need nothing the policy forbids').to.deep.equal([
      'script-src-elem',
      'style-src-attr',
    ]);

    expect(look(cms.table()!)).to.deep.equal(look(plain.table()!));
  });

  it('runs every element under that policy with Trusted Types, and no violation', async () => {
    const cms = await openFrame('/demo/cms.html');
    const tags = ['workos-invitations', 'workos-user-profile', 'workos-security-settings'];
    const elements = tags.map((tag) => cms.doc.querySelector(tag)!);
    await untilData(elements);

    // The invite form loads on demand: a module the policy must allow too.
    const invite = [...cms.table()!.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Invite'),
    )!;
    invite.click();
    await waitUntil(() => cms.table()!.shadowRoot!.querySelector('dialog[open] textarea'));

    const blocked = (cms.window.violations as { directive: string }[]).map((v) => v.directive);
    expect(blocked.sort(), 'only the page’s own inline script and style').to.deep.equal([
      'script-src-elem',
      'style-src-attr',
    ]);
  });
});

/** The demo page from source, as `npm start` serves it, against the same host back end. */
describe('the demo page', () => {
  beforeEach(reset);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const TAGS = [
    'workos-members-table',
    'workos-invitations',
    'workos-user-profile',
    'workos-security-settings',
  ];

  async function openDemo() {
    const demo = await openFrame('/demo/index.html');
    const page = demo.doc;
    await untilData(TAGS.map((tag) => page.querySelector(tag)!));
    return { page, table: demo.table()! };
  }

  function choose(select: HTMLSelectElement, value: string) {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  it('shows every element for the person chosen, and follows a switch to another', async () => {
    const { page, table } = await openDemo();
    const person = page.querySelector<HTMLSelectElement>('#person')!;
    const groups = [...person.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).to.deep.equal(['Acme', 'Globex']);
    expect(person.selectedOptions[0]!.textContent).to.contain('marisol.vega@acme.example');
    expect(buttonText(table)).to.include('Invite member');

    const theo = [...person.options].find((o) => o.textContent!.includes('theo.nakamura'))!;
    choose(person, theo.value);
    const profile = page.querySelector('workos-user-profile')!;
    await waitUntil(() => profile.shadowRoot!.textContent!.includes('theo.nakamura@acme.example'));
    await waitUntil(() => !buttonText(table).includes('Invite member'), 'a member cannot invite');
  });

  it('logs what the elements dispatch, and shows the mail the API sent', async () => {
    const { page, table } = await openDemo();
    const root = table.shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Invite'))!.click();
    await waitUntil(() => root.querySelector('dialog[open] textarea'));
    const field = root.querySelector<HTMLTextAreaElement>('dialog textarea')!;
    field.value = 'demo.guest@example.com';
    field.dispatchEvent(new InputEvent('input'));
    [...root.querySelectorAll<HTMLButtonElement>('dialog button')]
      .find((b) => b.textContent!.includes('Send invitations'))!
      .click();

    const events = () => page.querySelector('#events')!.textContent!;
    await waitUntil(() => events().includes('workos-member-invited'), 'the event is logged');
    expect(events()).to.contain('workos-member-invite ').and.to.contain('demo.guest@example.com');
    const mail = () => page.querySelector('#mail')!.textContent!;
    await waitUntil(() => mail().includes('demo.guest@example.com'), 'the invitation mail shows');
  });

  it('turns the page and its elements to another language and direction, and back', async () => {
    const { page, table } = await openDemo();
    const locale = page.querySelector<HTMLSelectElement>('select[name="locale"]')!;
    const options = () =>
      [...page.querySelectorAll('select[name="appearance"] option')].map((o) => o.textContent);

    choose(locale, 'ar');
    expect(page.documentElement.dir).to.equal('rtl');
    expect(page.querySelector('h1')!.textContent).to.equal('عناصر Widgets');
    expect(options()).to.deep.equal(['حسب النظام', 'فاتح', 'داكن']);
    await waitUntil(() => table.shadowRoot!.querySelector('[dir="rtl"]'), 'the table turns');

    choose(locale, 'fr');
    expect(page.documentElement.dir).to.equal('ltr');
    await waitUntil(
      () => buttonText(table).includes('Inviter un membre'),
      'the table speaks French',
    );

    choose(locale, 'en');
    expect(page.querySelector('h1')!.textContent).to.equal('Widgets elements');
    expect(options()).to.deep.equal(['Follow the system', 'Light', 'Dark']);
  });
});

function buttonText(element: Element) {
  return [...element.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
}
