/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ar } from '../../src/core/i18n/ar.js';
import { de } from '../../src/core/i18n/de.js';
import { en } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';
import { fr } from '../../src/core/i18n/fr.js';
import { ja } from '../../src/core/i18n/ja.js';
import { overrideMessages, registerMessages } from '../../src/core/i18n/index.js';
import '../../src/workos-invitations/define.js';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import '../../src/workos-security-settings/define.js';
import '../../src/workos-user-profile/define.js';
import type { WorkosMembersTable } from '../../src/workos-members-table/workos-members-table.js';
import {
  ADMIN,
  api,
  button,
  reset,
  shadow,
  tokenUrl,
  untilData,
  untilRows,
  waitUntil,
} from './helpers.js';

async function table(attributes: { locale?: string; appearance?: string; density?: string } = {}) {
  const element = await fixture<WorkosMembersTable>(html`
    <workos-members-table
      api-url=${await api()}
      token-url=${tokenUrl(ADMIN)}
      locale=${attributes.locale ?? 'en'}
      appearance=${attributes.appearance ?? 'auto'}
      density=${attributes.density ?? 'comfortable'}
    ></workos-members-table>
  `);
  await untilRows(element);
  return element;
}

const base = (element: Element) => shadow(element).querySelector<HTMLElement>('.base')!;
const header = (element: Element) =>
  [...shadow(element).querySelectorAll('thead th')].map((th) => th.textContent!.trim());

describe('languages', () => {
  before(reset);

  for (const [locale, { members }] of Object.entries({ fr, de, es, ja, ar })) {
    it(`speaks ${locale}, from a catalogue loaded when first needed`, async () => {
      const element = await table({ locale });
      await waitUntil(() => header(element)[0] === members.member, `${locale} headers`);
      expect(header(element)).to.include(members.status);
      expect(base(element).lang).to.equal(locale);
    });
  }

  it('mirrors in Arabic: the table reads from the right', async () => {
    const element = await table({ locale: 'ar' });
    await waitUntil(() => base(element).dir === 'rtl');
    expect(getComputedStyle(base(element)).direction).to.equal('rtl');
    const [first, , last] = [...shadow(element).querySelectorAll('thead th')];
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(
      last!.getBoundingClientRect().left,
    );
  });

  it('follows a page written right to left, whatever its language', async () => {
    const wrapper = await fixture(html`<div dir="rtl"></div>`);
    const element = await table();
    wrapper.append(element);
    expect(getComputedStyle(base(element)).direction).to.equal('rtl');
    expect(base(element).hasAttribute('dir'), 'the page decides').to.be.false;
  });

  it('lets a host change a string, or bring a language of its own', async () => {
    overrideMessages('en', { members: { invite: 'Add a teammate' } });
    registerMessages('pt', { ...en, members: { ...en.members, member: 'Membro' } });
    try {
      const english = await table();
      expect(button(shadow(english), 'Add a teammate')).to.exist;
      const portuguese = await table({ locale: 'pt-BR' });
      expect(header(portuguese)[0]).to.equal('Membro');
    } finally {
      overrideMessages('en', { members: { invite: en.members.invite } });
    }
  });
});

describe('appearance and density', () => {
  before(reset);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const background = (element: Element) => getComputedStyle(base(element)).backgroundColor;

  it('follows the system, or the appearance it is given', async () => {
    const auto = await table();
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto)).to.equal('rgb(17, 17, 19)');

    const light = await table({ appearance: 'light' });
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    const dark = await table({ appearance: 'dark' });
    expect(background(dark)).to.equal('rgb(17, 17, 19)');
  });

  it('takes appearance and density from a provider', async () => {
    const provider = await fixture(html`
      <workos-provider
        api-url=${await api()}
        token-url=${tokenUrl(ADMIN)}
        appearance="dark"
        density="compact"
      >
        <workos-members-table></workos-members-table>
      </workos-provider>
    `);
    const element = provider.querySelector('workos-members-table')!;
    await untilRows(element);
    expect(background(element)).to.equal('rgb(17, 17, 19)');
    expect(base(element).dataset.density).to.equal('compact');
  });

  it('packs controls tighter when compact', async () => {
    const height = (element: Element) =>
      button(shadow(element), 'Invite member').getBoundingClientRect().height;
    const comfortable = await table();
    const compact = await table({ density: 'compact' });
    expect(height(compact)).to.be.lessThan(height(comfortable));
  });

  it('takes a brand from four custom properties', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div
        style="--workos-color-accent: rgb(225, 29, 72); --workos-radius: 12px;
             --workos-font-family: Georgia, serif; --workos-spacing: 10px"
      ></div>`,
    );
    const element = await table();
    wrapper.append(element);
    const invite = getComputedStyle(button(shadow(element), 'Invite member'));
    expect(invite.backgroundColor).to.equal('rgb(225, 29, 72)');
    expect(invite.borderTopLeftRadius).to.equal('12px');
    expect(invite.fontFamily).to.contain('Georgia');
    expect(invite.paddingInlineStart).to.equal('15px');
  });

  for (const appearance of ['light', 'dark']) {
    it(`meets WCAG AA contrast in every element, ${appearance}`, async () => {
      const provider = await fixture(html`
        <workos-provider
          api-url=${await api()}
          token-url=${tokenUrl(ADMIN)}
          appearance=${appearance}
        >
          <workos-members-table></workos-members-table>
          <workos-invitations></workos-invitations>
          <workos-user-profile></workos-user-profile>
          <workos-security-settings></workos-security-settings>
        </workos-provider>
      `);
      const elements = [...provider.children];
      await untilData(elements);
      for (const element of elements) await expect(element).to.be.accessible();
    });
  }
});
