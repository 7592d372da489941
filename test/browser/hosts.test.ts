/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { reset, untilData, waitUntil } from './helpers.js';

/**
 * The demo's host pages, built from dist/ (npm test builds first): a plain
 * page with a script tag and no build step, and a CMS page whose theme resets
 * everything and whose policy forbids inline scripts and styles.
 */
async function open(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });

  const table = () => frame.contentDocument!.querySelector('workos-members-table');
  const rows = () => [...(table()?.shadowRoot?.querySelectorAll('tbody tr[part="row"]') ?? [])];
  await waitUntil(() => rows().length === 10, `${path} shows no members`, { timeout: 10_000 });
  return {
    frame,
    table: table()!,
    rows,
    window: frame.contentWindow as Window & Record<string, any>,
  };
}

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

describe('host pages', () => {
  beforeEach(reset);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works from a script tag with nothing else to load', async () => {
    const plain = await open('/demo/plain.html');
    expect(plain.table.shadowRoot!.querySelector('.range')!.textContent).to.equal('1–10');
    expect(plain.table.shadowRoot!.querySelector('button')!.textContent).to.contain('Invite');
  });

  it('looks and works the same on a hostile CMS page with a strict policy', async () => {
    const plain = await open('/demo/plain.html');
    const cms = await open('/demo/cms.html');

    expect(cms.window.inlineScriptRan, 'the policy blocks inline scripts').to.be.undefined;
    expect(cms.frame.contentDocument!.getElementById('inline-style')!.offsetWidth).to.not.equal(
      123,
    );
    const blocked = (cms.window.violations as { directive: string }[]).map((v) => v.directive);
    expect(blocked.sort(), 'the elements need nothing the policy forbids').to.deep.equal([
      'script-src-elem',
      'style-src-attr',
    ]);

    expect(look(cms.table)).to.deep.equal(look(plain.table));
  });

  it('runs every element under that policy with Trusted Types, and no violation', async () => {
    const cms = await open('/demo/cms.html');
    const tags = ['workos-invitations', 'workos-user-profile', 'workos-security-settings'];
    const elements = tags.map((tag) => cms.frame.contentDocument!.querySelector(tag)!);
    await untilData(elements);

    // The invite form loads on demand: a module the policy must allow too.
    const invite = [...cms.table.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Invite'),
    )!;
    invite.click();
    await waitUntil(() => cms.table.shadowRoot!.querySelector('dialog[open] textarea'));

    const blocked = (cms.window.violations as { directive: string }[]).map((v) => v.directive);
    expect(blocked.sort(), 'only the page’s own inline script and style').to.deep.equal([
      'script-src-elem',
      'style-src-attr',
    ]);
  });
});
