/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/workos-invitations/define.js';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import '../../src/workos-security-settings/define.js';
import '../../src/workos-user-profile/define.js';
import { ADMIN, api, reset, showsData, tokenUrl, waitUntil } from './helpers.js';

/**
 * Each element in each look, compared with the committed baseline: a change
 * that moves more than half a percent of the pixels fails, so an unintended
 * visual change is seen. `UPDATE_SCREENSHOTS=1 npm run test:browser` writes
 * new baselines after an intended one.
 */
const TAGS = [
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
];

/** A preset theme from the demo: a brand's accent, rounder corners, a serif face. */
const FOREST =
  '--workos-color-accent: #1f7a4d; --workos-radius: 14px; ' +
  '--workos-font-family: Georgia, serif; --workos-spacing: 9px';

const LOOKS: {
  name: string;
  appearance?: string;
  density?: string;
  locale?: string;
  style?: string;
}[] = [
  { name: 'light', appearance: 'light' },
  { name: 'dark', appearance: 'dark' },
  { name: 'compact', appearance: 'light', density: 'compact' },
  { name: 'forest', appearance: 'light', style: FOREST },
  { name: 'japanese', appearance: 'light', locale: 'ja' },
  { name: 'arabic', appearance: 'light', locale: 'ar' },
];

describe('screenshots', () => {
  before(async () => {
    await reset();
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });

  for (const look of LOOKS) {
    for (const tag of TAGS) {
      it(`${tag}, ${look.name}`, async () => {
        const box = await fixture<HTMLElement>(html`
          <div style="width: 760px; ${look.style ?? ''}">
            <workos-provider
              api-url=${await api()}
              token-url=${tokenUrl(ADMIN)}
              appearance=${look.appearance ?? 'auto'}
              density=${look.density ?? 'comfortable'}
              locale=${look.locale ?? 'en'}
            >
              ${
                tag === 'workos-members-table'
                  ? html`<workos-members-table page-size="5"></workos-members-table>`
                  : tag === 'workos-invitations'
                    ? html`<workos-invitations page-size="5"></workos-invitations>`
                    : tag === 'workos-user-profile'
                      ? html`<workos-user-profile></workos-user-profile>`
                      : html`<workos-security-settings></workos-security-settings>`
              }
            </workos-provider>
          </div>
        `);
        const element = box.querySelector(tag)!;
        const base = () => element.shadowRoot?.querySelector<HTMLElement>('.base');
        await waitUntil(() => showsData(element) && base()?.lang === (look.locale ?? 'en'), '', {
          timeout: 8_000,
        });
        // The language's catalogue may arrive after the data.
        if (look.locale) await waitUntil(() => !base()!.textContent!.includes('Members'));
        await document.fonts.ready;
        await visualDiff(box, `${tag}-${look.name}`);
      });
    }
  }
});
