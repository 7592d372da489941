/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { WorkosMembersTable, define } from '../../src/index.js';
import { ADMIN, api, reset, tokenUrl, untilRows } from './helpers.js';

describe('define()', () => {
  beforeEach(reset);

  it('keeps properties a framework set before the element was defined', async () => {
    const element = document.createElement('early-members-table') as WorkosMembersTable;
    element.pageSize = 50;
    element.apiUrl = await api();
    element.tokenUrl = tokenUrl(ADMIN);
    document.body.append(element);

    define({ prefix: 'early' });
    await untilRows(element, (names) => names.length === 40);
    expect(element.pageSize).to.equal(50);
    element.remove();
  });

  it('registers under another prefix, and twice without throwing', () => {
    define();
    define({ prefix: 'acme' });
    expect(() => define({ prefix: 'acme' })).not.to.throw();

    for (const tag of ['workos-members-table', 'acme-members-table', 'acme-provider']) {
      expect(customElements.get(tag), tag).to.exist;
    }
    expect(document.createElement('acme-members-table')).to.be.instanceOf(WorkosMembersTable);
    expect(document.createElement('workos-members-table')).to.be.instanceOf(WorkosMembersTable);
  });
});
