/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/workos-members-table/define.js';
import '../../src/workos-provider/define.js';
import type { WorkosMembersTable } from '../../src/workos-members-table/workos-members-table.js';
import {
  ADMIN,
  api,
  button,
  countGraphQLRequests,
  graphql,
  MEMBER,
  reset,
  rowNames,
  rows,
  shadow,
  tokenFor,
  tokenUrl,
  untilRows,
  waitUntil,
} from './helpers.js';

async function table(email = ADMIN, pageSize = 10) {
  const element = await fixture<WorkosMembersTable>(html`
    <workos-members-table
      api-url=${await api()}
      token-url=${tokenUrl(email)}
      page-size=${pageSize}
    ></workos-members-table>
  `);
  await untilRows(element);
  return element;
}

function rowOf(element: Element, name: string) {
  const row = rows(element).find((r) => r.querySelector('.name')!.textContent!.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function dialog(element: Element) {
  return shadow(element).querySelector('dialog')!;
}

function typeAddresses(element: Element, text: string) {
  const field = dialog(element).querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input'));
}

async function search(element: WorkosMembersTable, text: string) {
  const input = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
}

describe('<workos-members-table>', () => {
  beforeEach(reset);

  describe('listing', () => {
    it('shows a page of members with roles, statuses and the viewer marked', async () => {
      const element = await table(ADMIN, 50);
      expect(rows(element)).to.have.length(40 > 50 ? 50 : 40);

      const marisol = rowOf(element, 'Marisol Vega');
      expect(marisol.querySelector('.you')!.textContent).to.equal('You');
      expect(marisol.textContent).to.contain('Admin');
      const statuses = rows(element).map((r) =>
        r.querySelector('[part="status"]')!.textContent!.trim(),
      );
      for (const status of ['Active', 'Invited', 'Invite expired', 'Invite revoked']) {
        expect(statuses).to.include(status);
      }
      const time = marisol.querySelector('time')!;
      expect(time.getAttribute('title')).to.match(/\d/);
    });

    it('searches by name on the server, after a pause in typing', async () => {
      const element = await table();
      await search(element, 'nakamura');
      await untilRows(element, (names) => names.length === 1);
      expect(rowNames(element)).to.deep.equal(['Theo Nakamura']);

      await search(element, 'zzzz-nobody');
      await waitUntil(() => shadow(element).querySelector('.empty'));
      expect(shadow(element).querySelector('.empty')!.textContent).to.contain('zzzz-nobody');
    });

    it('filters by role', async () => {
      const element = await table();
      const select = shadow(element).querySelector<HTMLSelectElement>('[part="role-filter"]')!;
      await waitUntil(() => select.options.length > 1);
      select.value = 'billing-manager';
      select.dispatchEvent(new Event('change'));

      await untilRows(element, (names) => names.includes('Priya Raman') && names.length < 10);
      for (const row of rows(element)) expect(row.textContent).to.contain('Billing manager');
    });

    it('pages forward and back, dimming the page it leaves, and back from the cache', async () => {
      const element = await table(ADMIN, 10);
      const range = () => shadow(element).querySelector('.range')!.textContent!.trim();
      const first = rowNames(element);
      expect(range()).to.equal('1–10');

      button(shadow(element), 'Next page').click();
      await element.updateComplete;
      expect(shadow(element).querySelector('tbody')!.classList.contains('stale')).to.be.true;
      await untilRows(element, (names) => names[0] !== first[0]);
      expect(range()).to.equal('11–20');

      // A page seen before shows at once from the cache (and is refreshed behind it).
      button(shadow(element), 'Previous page').click();
      await element.updateComplete;
      expect(shadow(element).querySelector('tbody')!.classList.contains('stale')).to.be.false;
      expect(rowNames(element)).to.deep.equal(first);
      expect(range()).to.equal('1–10');
      expect(button(shadow(element), 'Previous page').disabled).to.be.true;
    });
  });

  describe('actions', () => {
    it('changes a role: intent, result, and the row updates', async () => {
      const element = await table(ADMIN, 50);
      rowOf(element, 'Theo Nakamura').querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => dialog(element).open);

      const developer = dialog(element).querySelector<HTMLInputElement>(
        'input[value="developer"]',
      )!;
      developer.click();
      const intent = oneEvent(element, 'workos-member-role-update');
      const result = oneEvent(element, 'workos-member-role-updated');
      button(dialog(element), 'Save role').click();

      expect((await intent).detail.roleSlugs).to.deep.equal(['developer']);
      expect((await result).detail.member.roles[0]!.slug).to.equal('developer');
      await waitUntil(() => !dialog(element).open);
      await waitUntil(() => rowOf(element, 'Theo Nakamura').textContent!.includes('Developer'));
    });

    it('removes a member after a confirmation naming them', async () => {
      const element = await table(ADMIN, 50);
      button(rowOf(element, 'Theo Nakamura'), 'Remove: Theo Nakamura').click();
      await waitUntil(() => dialog(element).open);
      expect(dialog(element).querySelector('h2')!.textContent).to.contain('Theo Nakamura');

      const removed = oneEvent(element, 'workos-member-removed');
      button(dialog(element), 'Remove member').click();
      expect((await removed).detail.email).to.equal(MEMBER);
      await untilRows(element, (names) => !names.includes('Theo Nakamura'));
    });

    it('stops when the host cancels the intent', async () => {
      const element = await table(ADMIN, 50);
      element.addEventListener('workos-member-remove', (event) => event.preventDefault());
      let removed = false;
      element.addEventListener('workos-member-removed', () => (removed = true));

      button(rowOf(element, 'Theo Nakamura'), 'Remove: Theo Nakamura').click();
      await waitUntil(() => dialog(element).open);
      const requests = await countGraphQLRequests(async () => {
        button(dialog(element), 'Remove member').click();
        await waitUntil(() => !dialog(element).open);
      });

      expect(requests).to.equal(0);
      expect(removed).to.be.false;
      expect(rowNames(element)).to.include('Theo Nakamura');
    });

    it('invites someone, and the new row appears', async () => {
      const element = await table(ADMIN, 50);
      button(shadow(element), 'Invite member').click();
      await waitUntil(() => dialog(element).open);

      typeAddresses(element, 'new.colleague@example.com');
      const invited = oneEvent(element, 'workos-member-invited');
      button(dialog(element), 'Send invitations').click();

      const { detail } = await invited;
      expect(detail.invitation.email).to.equal('new.colleague@example.com');
      expect(detail.invitation.roleSlug).to.equal('member');
      await untilRows(element, (names) => names.includes('new.colleague@example.com'));
    });

    it('shows a refusal next to the field and keeps what was typed', async () => {
      const element = await table();
      button(shadow(element), 'Invite member').click();
      await waitUntil(() => dialog(element).open);

      typeAddresses(element, MEMBER);
      button(dialog(element), 'Send invitations').click();

      const failure = () => dialog(element).querySelector('[data-outcome="failed"]')?.textContent;
      await waitUntil(() => failure()?.includes('already a member'));
      const field = dialog(element).querySelector('textarea')!;
      expect(dialog(element).open).to.be.true;
      expect(field.value).to.equal(MEMBER);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
    });

    it('resends and revokes invitations', async () => {
      const element = await table(ADMIN, 50);
      const invitee = 'lucia.ferrari@acme.example';

      button(rowOf(element, invitee), `Resend invitation: ${invitee}`).click();
      await waitUntil(() => dialog(element).open);
      const resent = oneEvent(element, 'workos-invitation-resent');
      button(dialog(element), 'Resend invitation').click();
      expect((await resent).detail.invitation.email).to.equal(invitee);
      await waitUntil(() => !dialog(element).open);

      button(rowOf(element, invitee), `Revoke invitation: ${invitee}`).click();
      await waitUntil(() => dialog(element).open);
      const revoked = oneEvent(element, 'workos-invitation-revoked');
      button(dialog(element), 'Revoke invitation').click();
      expect((await revoked).detail.invitation.email).to.equal(invitee);
      await waitUntil(() =>
        rowOf(element, invitee).querySelector('[part="status"]')!.textContent!.includes('revoked'),
      );
    });

    it('offers no destructive action on the viewer’s own row', async () => {
      const element = await table(ADMIN, 50);
      expect(rowOf(element, 'Marisol Vega').querySelectorAll('button')).to.have.length(0);
    });
  });

  describe('permissions', () => {
    it('shows a member no management actions, and the server refuses them anyway', async () => {
      const element = await table(MEMBER, 50);
      expect(shadow(element).querySelectorAll('tbody button')).to.have.length(0);
      expect(() => button(shadow(element), 'Invite member')).to.throw();

      const token = await tokenFor(MEMBER);
      const priya = rowOf(element, 'Priya Raman');
      expect(priya).to.exist;
      const fixtures = await (await fetch(`${await api()}/dev/fixtures`)).json();
      const target = fixtures.organizations[0].users.find((u: any) => u.email === ADMIN);
      const forced = await graphql(
        token,
        'mutation($input: RemoveMemberInput!) { removeMember(input: $input) { __typename } }',
        { input: { userId: target.id } },
      );
      expect(forced.status).to.equal(403);
      expect(forced.body.errors[0].extensions.code).to.equal('FORBIDDEN');
    });
  });

  describe('layout', () => {
    it('keeps its height from loading to loaded, as workos-elements.css reserves it', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table api-url=${await api()} page-size="10"></workos-members-table>
      `);
      element.token = async () => {
        await gate;
        return tokenFor(ADMIN);
      };
      await element.updateComplete;
      const loading = element.getBoundingClientRect().height;

      release();
      await untilRows(element);
      const loaded = element.getBoundingClientRect().height;
      expect(loaded).to.be.closeTo(loading, 1);
      expect(loaded).to.be.closeTo(120 + 10 * 57, 4);
    });
  });

  describe('sharing', () => {
    it('sends one request for two elements, and both follow a mutation in one', async () => {
      const url = tokenUrl(ADMIN);
      let first!: WorkosMembersTable;
      let second!: WorkosMembersTable;
      const requests = await countGraphQLRequests(async () => {
        const provider = await fixture(html`
          <workos-provider api-url=${await api()} token-url=${url}>
            <workos-members-table page-size="50"></workos-members-table>
            <workos-members-table page-size="50"></workos-members-table>
          </workos-provider>
        `);
        [first, second] = [...provider.querySelectorAll('workos-members-table')];
        await untilRows(first);
        await untilRows(second);
      });
      expect(requests).to.equal(2, 'one members query and one roles query');

      button(rowOf(first, 'Theo Nakamura'), 'Remove: Theo Nakamura').click();
      await waitUntil(() => dialog(first).open);
      button(dialog(first), 'Remove member').click();
      await untilRows(second, (names) => !names.includes('Theo Nakamura'));
    });
  });

  describe('tokens', () => {
    it('refreshes a two-second token silently while in use', async () => {
      let minted = 0;
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table api-url=${await api()}></workos-members-table>
      `);
      let expired = false;
      element.addEventListener('workos-token-expired', () => (expired = true));
      element.token = async () => {
        minted++;
        return tokenFor(ADMIN, { ttl: 2 });
      };
      await untilRows(element);

      await new Promise((resolve) => setTimeout(resolve, 2500));
      await search(element, 'nakamura');
      await untilRows(element, (names) => names.length === 1);

      expect(minted).to.be.greaterThan(1);
      expect(expired).to.be.false;
      expect(shadow(element).querySelector('[data-state="expired"]')).to.be.null;
    });

    it('reports a string token that expired, and resumes with a new one', async () => {
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table
          api-url=${await api()}
          .token=${await tokenFor(ADMIN, { ttl: 3 })}
        ></workos-members-table>
      `);
      await untilRows(element);
      const expired = oneEvent(element, 'workos-token-expired');

      // Past its expiry, the next request needs a token the element cannot get.
      await new Promise((resolve) => setTimeout(resolve, 3200));
      await search(element, 'nakamura');
      await expired;
      await waitUntil(() => shadow(element).querySelector('[data-state="expired"]'));

      element.token = await tokenFor(ADMIN);
      await untilRows(element, (names) => names.length === 1);
    });
  });

  describe('configuration', () => {
    it('prefers the token property to the attribute, and the attribute to token-url', async () => {
      const member = await tokenFor(MEMBER);
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table
          api-url=${await api()}
          token=${member}
          token-url=${tokenUrl(ADMIN)}
          page-size="50"
        ></workos-members-table>
      `);
      await untilRows(element);
      expect(rowOf(element, 'Theo Nakamura').querySelector('.you')).to.exist;

      element.token = await tokenFor(ADMIN);
      await waitUntil(() => rowOf(element, 'Marisol Vega').querySelector('.you'));
    });

    it('takes its settings from a <workos-provider> around it', async () => {
      const provider = await fixture(html`
        <workos-provider api-url=${await api()} token-url=${tokenUrl(MEMBER)}>
          <div><workos-members-table page-size="50"></workos-members-table></div>
        </workos-provider>
      `);
      const element = provider.querySelector('workos-members-table')!;
      await untilRows(element);
      expect(rowOf(element, 'Theo Nakamura').querySelector('.you')).to.exist;
    });

    it('says what is missing when it has no token', async () => {
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table api-url=${await api()}></workos-members-table>
      `);
      expect(shadow(element).querySelector('[data-state="unconfigured"]')!.textContent).to.contain(
        'token-url',
      );
    });

    it('offers to try again when the host could not give a token', async () => {
      let down = true;
      const element = await fixture<WorkosMembersTable>(html`
        <workos-members-table api-url=${await api()}></workos-members-table>
      `);
      const expired = oneEvent(element, 'workos-token-expired');
      element.token = async () => {
        if (down) throw new Error('the host is briefly down');
        return tokenFor(ADMIN);
      };
      await expired;
      await waitUntil(() => shadow(element).querySelector('[data-state="expired"]'));

      down = false;
      button(shadow(element), 'Try again').click();
      await untilRows(element);
    });
  });

  describe('safety', () => {
    it('renders a name with markup as inert text', async () => {
      const theo = await tokenFor(MEMBER);
      const name = '<img src=x onerror=alert(1)>';
      await graphql(
        theo,
        'mutation($n: String) { updateProfile(input: { firstName: $n }) { __typename } }',
        {
          n: name,
        },
      );

      const element = await table(ADMIN, 50);
      const row = rowOf(element, name);
      expect(row.querySelector('.name')!.textContent).to.contain(name);
      expect(row.querySelector('img')).to.be.null;
    });
  });

  describe('accessibility', () => {
    it('passes axe when loaded, with a dialog open, empty and failed', async () => {
      const element = await table(ADMIN, 10);
      await expect(element).to.be.accessible();

      button(shadow(element), 'Invite member').click();
      await waitUntil(() => dialog(element).open);
      await expect(element).to.be.accessible();
      dialog(element).close();

      await search(element, 'zzzz-nobody');
      await waitUntil(() => shadow(element).querySelector('.empty'));
      await expect(element).to.be.accessible();

      const failed = await fixture<WorkosMembersTable>(html`
        <workos-members-table api-url="http://127.0.0.1:9" token="x.y.z"></workos-members-table>
      `);
      await waitUntil(() => shadow(failed).querySelector('[part="notice"]'), 'no error state', {
        timeout: 8000,
      });
      await expect(failed).to.be.accessible();
    });
  });
});
