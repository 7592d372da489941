/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { button, openFrame, reset, waitUntil } from './helpers.js';

/**
 * Framework apps built with Vite (npm test builds them): each passes the
 * token as an async function property, objects as properties, binds events
 * in its own syntax, and mounts and unmounts the element.
 */
describe('framework hosts', () => {
  beforeEach(reset);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [framework, path] of [
    ['React 19', '/demo/hosts/react/dist/index.html'],
    ['Vue 3', '/demo/hosts/vue/dist/index.html'],
    ['Svelte 5', '/demo/hosts/svelte/dist/index.html'],
  ]) {
    it(`${framework}: properties, a token function, events, unmount and remount`, async () => {
      await exercise(path!);
    });
  }
});

/** Removes a member through the element and remounts it, as a user of the app would. */
async function exercise(path: string) {
  const app = await openFrame(path);
  const shadow = app.table()!.shadowRoot!;
  const row = app.rows()[0]!;
  const email =
    row.querySelector('.email')?.textContent ?? row.querySelector('.name')!.textContent!;

  button(row, /^Remove: /).click();
  const dialog = shadow.querySelector('dialog')!;
  await waitUntil(() => dialog.open);
  button(dialog, 'Remove member').click();
  await waitUntil(() => app.doc.querySelector('#removed li'), 'the host heard no event');
  expect(app.doc.querySelector('#removed li')!.textContent).to.equal(email.trim());

  const toggle = app.doc.querySelector<HTMLButtonElement>('#toggle')!;
  for (let i = 0; i < 3; i++) {
    toggle.click();
    await waitUntil(() => !app.table());
    toggle.click();
    await waitUntil(() => app.rows().length === 10, 'the remounted element shows no members');
  }
  expect(app.window.hostErrors).to.deep.equal([]);
}
