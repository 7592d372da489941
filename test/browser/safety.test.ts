/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/workos-invitations/define.js';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import '../../src/workos-security-settings/define.js';
import '../../src/workos-user-profile/define.js';
import { HOSTILE } from '../fixtures/hostile.js';
import {
  ADMIN,
  api,
  button,
  reset,
  shadow,
  tokenFor,
  tokenUrl,
  untilData,
  waitUntil,
} from './helpers.js';

const TAGS = [
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
] as const;

const trap = window as unknown as { __xss?: unknown };

/** All four elements on one page, in a box 900 pixels wide, with a token or the host's URL. */
async function page(token?: string) {
  const box = await fixture<HTMLDivElement>(html`
    <div style="width: 900px">
      <workos-provider api-url=${await api()} token-url=${tokenUrl(ADMIN)} .token=${token}>
        <workos-members-table page-size="100"></workos-members-table>
        <workos-invitations page-size="100" status="all"></workos-invitations>
        <workos-user-profile></workos-user-profile>
        <workos-security-settings></workos-security-settings>
      </workos-provider>
    </div>
  `);
  const elements = TAGS.map((tag) => box.querySelector(tag)!);
  await untilData(elements, 10_000);
  return { box, elements };
}

/** Anything in a shadow root that could run code or load a script. */
const ACTIVE = [
  'script',
  'iframe',
  'object',
  'embed',
  'foreignObject',
  'meta',
  'link',
  'base',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onfocus]',
  '[onmouseover]',
  '[ontoggle]',
  '[href^="javascript" i]',
  '[src^="javascript" i]',
  '[src^="data:text" i]',
].join(', ');

describe('hostile data from the API', () => {
  before(reset);
  after(reset);

  it(`renders ${HOSTILE.length} payloads in every field as text; nothing runs`, async () => {
    expect(HOSTILE.length).to.be.at.least(60);
    // Minted first: the host finds the organization by the name the payloads replace.
    const token = await tokenFor(ADMIN);
    await executeServerCommand('plant-hostile-data');
    delete trap.__xss;

    const { box, elements } = await page(token);

    // A confirmation dialog names the member in its title and text.
    const table = elements[0]!;
    const remove = [...shadow(table).querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-label')?.startsWith('Remove: <'),
    )!;
    remove.click();
    await waitUntil(() => shadow(table).querySelector('dialog[open]'));

    // Time for an image's error, a frame's load or a focus to fire.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(trap.__xss, 'a payload ran').to.be.undefined;

    for (const element of elements) {
      const root = shadow(element);
      expect(root.querySelector(ACTIVE), `${element.localName} holds live markup`).to.be.null;
      for (const image of root.querySelectorAll('img')) {
        expect(image.src, 'avatars come from http(s) only').to.match(/^https?:/);
      }
      const width = element.getBoundingClientRect().width;
      expect(width, `${element.localName} stays in its box`).to.be.at.most(900);
      expect(element.scrollWidth, `${element.localName} does not overflow`).to.be.at.most(
        element.clientWidth + 1,
      );
    }
    expect(box.scrollWidth).to.be.at.most(901);

    // The payloads are there, as text.
    const text = elements.map((element) => shadow(element).textContent).join('\n');
    expect(text).to.contain('<script>window.__xss=1</script>');
    expect(text).to.contain('"><img src=x onerror="window.__xss=1">');
    button(shadow(table).querySelector('dialog')!, 'Cancel').click();
  });
});

describe('tokens and storage', () => {
  before(reset);
  after(reset);

  it('keeps every token in memory: no storage, cookie, database or URL holds one', async () => {
    const cookies = document.cookie;
    const databases = (await indexedDB.databases()).map((db) => db.name);
    const tokens: string[] = [];
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      urls.push(url);
      const response = await original(input, init);
      if (url.includes('/host/token')) {
        tokens.push(((await response.clone().json()) as { token: string }).token);
      }
      return response;
    };

    try {
      const { elements } = await page();
      const invitations = elements[1]!;
      button(shadow(invitations), 'Invite members').click();
      await waitUntil(() => shadow(invitations!).querySelector('dialog[open] textarea'));
    } finally {
      window.fetch = original;
    }

    expect(tokens.length, 'a token was minted').to.be.at.least(1);
    const stored = [
      ...Object.entries(localStorage),
      ...Object.entries(sessionStorage),
      document.cookie,
      location.href,
      ...urls,
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ].join('\n');
    for (const token of tokens) expect(stored).not.to.contain(token);
    expect(stored, 'nothing shaped like a JWT').not.to.match(/eyJ[\w-]+\.eyJ[\w-]+\./);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
    expect((await indexedDB.databases()).map((db) => db.name)).to.deep.equal(databases);
  });
});
