import '../src/workos-provider/define.js';
import '../src/workos-invitations/define.js';
import '../src/workos-members-table/define.js';
import '../src/workos-security-settings/define.js';
import '../src/workos-user-profile/define.js';
import type { WorkosEventName } from '../src/core/events.js';
import { setUpLookPanel } from './theme.js';

/** The events the log shows: every one the elements dispatch. */
const EVENTS: WorkosEventName[] = [
  'workos-error',
  'workos-token-expired',
  'workos-member-role-update',
  'workos-member-role-updated',
  'workos-member-remove',
  'workos-member-removed',
  'workos-member-invite',
  'workos-member-invited',
  'workos-invitation-resend',
  'workos-invitation-resent',
  'workos-invitation-revoke',
  'workos-invitation-revoked',
  'workos-profile-update',
  'workos-profile-updated',
  'workos-email-change',
  'workos-email-changed',
  'workos-totp-enroll',
  'workos-totp-enrolled',
  'workos-mfa-factor-remove',
  'workos-mfa-factor-removed',
  'workos-passkey-register',
  'workos-passkey-registered',
  'workos-passkey-delete',
  'workos-passkey-deleted',
  'workos-session-revoke',
  'workos-session-revoked',
  'workos-sessions-revoke',
  'workos-sessions-revoked',
];

interface Organization {
  id: string;
  name: string;
  users: { email: string; roles: string[] }[];
}

const provider = document.querySelector('workos-provider')!;
const person = document.querySelector<HTMLSelectElement>('#person')!;
const log = document.querySelector<HTMLOListElement>('#events')!;
const mail = document.querySelector<HTMLOListElement>('#mail')!;

const config = (await (await fetch('/host/config')).json()) as { apiUrl: string };
provider.apiUrl = config.apiUrl;
await listPeople();
signIn();

person.addEventListener('change', signIn);
setUpLookPanel(provider, document.querySelector('#look')!);
document.querySelector('#reset')!.addEventListener('click', async () => {
  await fetch(`${config.apiUrl}/dev/reset`, { method: 'POST' });
  location.reload();
});
for (const name of EVENTS) document.addEventListener(name, (event) => record(name, event));
void showMail();
setInterval(showMail, 2000);

/** Fills the switcher: an Acme admin, an Acme member, and Globex's admin. */
async function listPeople() {
  const organizations = (await (await fetch('/host/people')).json()) as Organization[];
  for (const organization of organizations) {
    const group = document.createElement('optgroup');
    group.label = organization.name;
    for (const user of organization.users) {
      const option = new Option(`${user.email} (${user.roles.join(', ')})`);
      option.value = new URLSearchParams({
        organization: organization.name,
        email: user.email,
      }).toString();
      group.append(option);
    }
    person.append(group);
  }
}

/** Points every element at a token for the chosen person, as a host's session would. */
function signIn() {
  provider.tokenUrl = `/host/token?${person.value}`;
}

function record(name: string, event: Event) {
  const item = document.createElement('li');
  const detail = (event as CustomEvent).detail;
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(detail)}`;
  log.prepend(item);
}

interface Email {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
}

/** The local API's outbox, newest first: where the demo's codes arrive. */
async function showMail() {
  const response = await fetch(`${config.apiUrl}/dev/outbox`);
  const { emails } = (await response.json()) as { emails: Email[] };
  const shown = mail.dataset.newest;
  if (emails[0]?.id === shown) return;

  mail.dataset.newest = emails[0]?.id ?? '';
  mail.replaceChildren(
    ...emails.slice(0, 20).map((email) => {
      const item = document.createElement('li');
      const heading = document.createElement('strong');
      heading.textContent = email.subject;
      const meta = document.createElement('div');
      meta.textContent = `To ${email.to}, ${new Date(email.createdAt).toLocaleTimeString()}`;
      const body = document.createElement('p');
      body.textContent = email.body;
      item.append(heading, meta, body);
      return item;
    }),
  );
}
