import { Secret } from 'otpauth';
import type { PRNG } from 'ulid';
import { addSeconds, iso } from '../clock.js';
import type { Db } from './database.js';
import { MANAGE_MEMBERS } from '../permissions.js';
import { newId, type IdPrefix } from './ids.js';

/**
 * The environment a new database starts with: organization Acme with members
 * in every status, roles with permissions, invitations, sessions, a passkey
 * and an authenticator app; and organization Globex, whose data must never
 * show in Acme's.
 *
 * Names, emails, roles, statuses and IDs come from a seeded generator, so two
 * seeds of the same size hold the same people under the same IDs. Dates are
 * relative to the moment of seeding, so that "pending" and "expired" mean
 * what they say whenever the database is created.
 */
export function seedIfEmpty(db: Db, options: { members: number; now: Date }) {
  const seeded = db.prepare('SELECT 1 FROM organizations LIMIT 1').get();
  if (seeded) return false;

  db.transaction(() => new Seeder(db, options.now).run(options.members))();
  return true;
}

/** Empties every table and seeds again, in one transaction. */
export function reseed(db: Db, options: { members: number; now: Date }) {
  const tables = db
    .prepare(
      `SELECT name FROM pragma_table_list
       WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .pluck()
    .all() as string[];

  db.transaction(() => {
    // Checked at commit, when every table is empty, so the order of deletes is
    // free. The search index empties itself through the triggers on users.
    db.pragma('defer_foreign_keys = ON');
    for (const table of tables) db.exec(`DELETE FROM "${table}"`);
    new Seeder(db, options.now).run(options.members);
  })();
}

const PERMISSIONS = [
  [MANAGE_MEMBERS, 'Manage members', 'Invite people, change roles and remove members.', 1],
  ['billing:manage', 'Manage billing', 'Change the plan and payment details.', 0],
  ['reports:view', 'View reports', 'Open usage and revenue reports.', 0],
  ['projects:write', 'Edit projects', 'Create, rename and archive projects.', 0],
  ['audit-logs:read', 'Read audit logs', 'See who did what, and when.', 0],
] as const;

const ROLES = [
  ['admin', 'Admin', 'Full access, including members and billing.', PERMISSIONS.map((p) => p[0])],
  [
    'billing-manager',
    'Billing manager',
    'Billing and reports.',
    ['billing:manage', 'reports:view'],
  ],
  ['developer', 'Developer', 'Works on projects.', ['projects:write', 'reports:view']],
  ['member', 'Member', 'Can use the product; manages nothing.', []],
] as const;

type RoleSlug = (typeof ROLES)[number][0];
type Status = 'Active' | 'Invited' | 'InviteExpired' | 'InviteRevoked' | 'NoInvite';

interface Person {
  first: string | null;
  last: string | null;
  email: string;
  role: RoleSlug;
  status: Status;
  directory?: boolean;
  sessions?: number;
  /** Which of DEVICES the sessions are on; random after the first otherwise. */
  devices?: number[];
}

/** The people every seed has, whatever its size. The first is the demo's admin. */
const ACME_PEOPLE: Person[] = [
  {
    first: 'Marisol',
    last: 'Vega',
    email: 'marisol.vega@acme.example',
    role: 'admin',
    status: 'Active',
    sessions: 4,
    devices: [0, 1, 5, 3],
  },
  {
    first: 'Theo',
    last: 'Nakamura',
    email: 'theo.nakamura@acme.example',
    role: 'member',
    status: 'Active',
    sessions: 2,
  },
  {
    first: 'Priya',
    last: 'Raman',
    email: 'priya.raman@acme.example',
    role: 'billing-manager',
    status: 'Active',
    sessions: 3,
  },
  {
    first: 'Jonas',
    last: 'Becker',
    email: 'jonas.becker@acme.example',
    role: 'admin',
    status: 'Active',
    sessions: 2,
  },
  {
    first: 'Amara',
    last: 'Okafor',
    email: 'amara.okafor@acme.example',
    role: 'developer',
    status: 'Active',
    directory: true,
    sessions: 1,
  },
  {
    first: null,
    last: null,
    email: 'lucia.ferrari@acme.example',
    role: 'member',
    status: 'Invited',
  },
  {
    first: null,
    last: null,
    email: 'samuel.oduya@acme.example',
    role: 'developer',
    status: 'InviteExpired',
  },
  {
    first: null,
    last: null,
    email: 'kim.tran@acme.example',
    role: 'member',
    status: 'InviteRevoked',
  },
  {
    first: 'Rafael',
    last: 'Souza',
    email: 'rafael.souza@acme.example',
    role: 'member',
    status: 'NoInvite',
  },
];

const GLOBEX_PEOPLE: Person[] = [
  {
    first: 'Hank',
    last: 'Scorpio',
    email: 'hank.scorpio@globex.example',
    role: 'admin',
    status: 'Active',
    sessions: 2,
  },
  {
    first: 'Mindy',
    last: 'Simmons',
    email: 'mindy.simmons@globex.example',
    role: 'member',
    status: 'Active',
    sessions: 1,
  },
  {
    first: 'Frank',
    last: 'Grimes',
    email: 'frank.grimes@globex.example',
    role: 'developer',
    status: 'Active',
    sessions: 1,
  },
  { first: null, last: null, email: 'new.hire@globex.example', role: 'member', status: 'Invited' },
];

const FIRST_NAMES = [
  'Aiko',
  'Alejandro',
  'Amelia',
  'Anders',
  'Aylin',
  'Beatriz',
  'Bilal',
  'Camille',
  'Chen',
  'Chiara',
  'Dario',
  'Dmitri',
  'Elena',
  'Emeka',
  'Farah',
  'Felix',
  'Freya',
  'Gabriel',
  'Hana',
  'Hugo',
  'Ines',
  'Isaac',
  'Jae-won',
  'Johanna',
  'Kai',
  'Kavya',
  'Leila',
  'Liam',
  'Lucas',
  'Maja',
  'Malik',
  'Mateo',
  'Mei',
  'Nadia',
  'Nikhil',
  'Noor',
  'Olga',
  'Omar',
  'Paula',
  'Quinn',
  'Rania',
  'Ren',
  'Rosa',
  'Santiago',
  'Sofia',
  'Sven',
  'Tariq',
  'Tomás',
  'Uma',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zoe',
  'Zoltán',
  'Élodie',
  'Søren',
  'Łucja',
];

const LAST_NAMES = [
  'Abbott',
  'Adeyemi',
  'Andersson',
  'Bauer',
  'Bianchi',
  'Carvalho',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fernández',
  'Fischer',
  'García',
  'Haddad',
  'Hansen',
  'Hoffmann',
  'Ivanova',
  'Jensen',
  'Kim',
  'Kowalski',
  'Kumar',
  'Laine',
  'Lambert',
  'Li',
  'Martin',
  'Mendes',
  'Moreau',
  'Müller',
  'Nguyen',
  'Novak',
  "O'Brien",
  'Okonkwo',
  'Park',
  'Petrov',
  'Quispe',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Suzuki',
  'Tanaka',
  'Van der Berg',
  'Wagner',
  'Wang',
  'Yamamoto',
  'Zhang',
];

/** Real browsers' User-Agent headers, each with a plausible place to be seen from. */
const DEVICES = [
  {
    ua:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ' +
      'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    ip: '203.0.113.24',
    city: 'Lisbon',
    country: 'PT',
  },
  {
    ua:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) ' +
      'AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    ip: '198.51.100.7',
    city: 'Porto',
    country: 'PT',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) ' + 'Gecko/20100101 Firefox/133.0',
    ip: '192.0.2.145',
    city: 'Berlin',
    country: 'DE',
  },
  {
    ua:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) ' +
      'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    ip: '2001:db8:85a3::8a2e:370:7334',
    city: 'San Francisco',
    country: 'US',
  },
  {
    ua:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) ' +
      'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36',
    ip: '203.0.113.90',
    city: 'Toronto',
    country: 'CA',
  },
  {
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    ip: '198.51.100.200',
    city: null,
    country: null,
  },
  {
    ua:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) ' +
      'AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    ip: '192.0.2.33',
    city: 'Singapore',
    country: 'SG',
  },
];

const DAY = 86_400;

/** A small, fast generator with a fixed seed (mulberry32). */
function seededRandom(seed: number): PRNG {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** IDs carry this time, not the time of seeding, so every seed of one size repeats them. */
const ID_EPOCH = Date.UTC(2024, 0, 1);

class Seeder {
  private readonly random = seededRandom(20_241_203);
  private idCount = 0;
  private readonly roleIds = new Map<RoleSlug, string>();

  private readonly insert = {
    organization: this.db.prepare(
      `INSERT INTO organizations (id, name, invites_blocked, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    user: this.db.prepare(
      `INSERT INTO users (id, email, email_verified, first_name, last_name, locale,
         password_set, password_last_used_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    membership: this.db.prepare(
      `INSERT INTO memberships (id, organization_id, user_id, status, managed_by_directory,
         invite_expires_at, last_activity_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    membershipRole: this.db.prepare(
      'INSERT INTO membership_roles (membership_id, role_id) VALUES (?, ?)',
    ),
    invitation: this.db.prepare(
      `INSERT INTO invitations (id, organization_id, user_id, email, state, role_id,
         inviter_user_id, expires_at, last_sent_at, accepted_at, revoked_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    session: this.db.prepare(
      `INSERT INTO sessions (id, user_id, organization_id, ip_address, user_agent, city_name,
         country_code, last_activity_at, expires_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  constructor(
    private readonly db: Db,
    private readonly now: Date,
  ) {}

  run(memberCount: number) {
    this.seedSettings();
    this.seedRoles();

    const acme = this.organization('Acme', false);
    const people = [...ACME_PEOPLE];
    for (let i = people.length; i < memberCount; i++) people.push(this.generatedPerson(i));
    const acmeUsers = this.members(acme, people);

    const globex = this.organization('Globex', true);
    const globexUsers = this.members(globex, GLOBEX_PEOPLE);

    // The demo's admin also belongs to Globex, so switching organizations is real.
    const admin = acmeUsers[0]!;
    this.membership(globex, admin, { ...ACME_PEOPLE[0]!, role: 'member' }, DAY * 30);
    this.sessions(admin, globex, 1);
    void globexUsers;

    this.secondFactors(admin);
  }

  private id(prefix: IdPrefix) {
    return newId(prefix, new Date(ID_EPOCH + this.idCount++), this.random);
  }

  private ago(seconds: number) {
    return iso(addSeconds(this.now, -seconds));
  }

  private bytes(length: number) {
    return Uint8Array.from({ length }, () => Math.floor(this.random() * 256));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private seedSettings() {
    const settings = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    settings.run(
      'authentication',
      JSON.stringify({
        mfaEnabled: true,
        mfaRequired: false,
        passkeyAuthEnabled: true,
        passwordAuthEnabled: true,
      }),
    );
  }

  private seedRoles() {
    const permissionIds = new Map<string, string>();
    const insertPermission = this.db.prepare(
      `INSERT INTO permissions (id, slug, name, description, system, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    PERMISSIONS.forEach(([slug, name, description, system], index) => {
      const id = this.id('perm');
      const at = this.ago(DAY * 800 - index);
      insertPermission.run(id, slug, name, description, system, at, at);
      permissionIds.set(slug, id);
    });

    const insertRole = this.db.prepare(
      `INSERT INTO roles (id, slug, name, description, is_default, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const grant = this.db.prepare(
      'INSERT INTO role_permissions (role_id, permission_id) VALUES (?, ?)',
    );
    ROLES.forEach(([slug, name, description, permissions], index) => {
      const id = this.id('role');
      const at = this.ago(DAY * 790 - index);
      insertRole.run(id, slug, name, description, slug === 'member' ? 1 : 0, at, at);
      for (const permission of permissions) grant.run(id, permissionIds.get(permission));
      this.roleIds.set(slug, id);
    });
  }

  private organization(name: string, invitesBlocked: boolean) {
    const id = this.id('org');
    const at = this.ago(DAY * 760);
    this.insert.organization.run(id, name, invitesBlocked ? 1 : 0, at, at);
    return id;
  }

  private generatedPerson(index: number): Person {
    const first = this.pick(FIRST_NAMES);
    const last = this.pick(LAST_NAMES);
    const local = `${first}.${last}`
      .replace(/[łŁøØ]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O' })[c]!)
      .normalize('NFKD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    const roll = this.random();
    const status: Status =
      roll < 0.84
        ? 'Active'
        : roll < 0.92
          ? 'Invited'
          : roll < 0.96
            ? 'InviteExpired'
            : 'InviteRevoked';
    const role: RoleSlug =
      index % 23 === 0
        ? 'admin'
        : index % 7 === 0
          ? 'developer'
          : index % 11 === 0
            ? 'billing-manager'
            : 'member';
    const named = status === 'Active' || this.random() < 0.3;

    return {
      first: named ? first : null,
      last: named ? last : null,
      email: `${local}.${index}@acme.example`,
      role,
      status,
      sessions: status === 'Active' ? 1 + Math.floor(this.random() * 2) : 0,
    };
  }

  /** Inserts people as members, oldest first, spread over two years. */
  private members(organization: string, people: Person[]) {
    const span = DAY * 730;
    const step = span / Math.max(people.length, 1);

    return people.map((person, index) => {
      const age = Math.round(span - step * index);
      const userId = this.user(person, age);
      this.membership(organization, userId, person, age);
      if (person.sessions) this.sessions(userId, organization, person.sessions, person.devices);
      return userId;
    });
  }

  private user(person: Person, age: number) {
    const id = this.id('user');
    const at = this.ago(age + DAY);
    const active = person.status === 'Active';
    this.insert.user.run(
      id,
      person.email,
      active ? 1 : 0,
      person.first,
      person.last,
      active && this.random() < 0.2 ? 'de-DE' : null,
      active ? 1 : 0,
      active ? this.ago(this.random() * DAY * 20) : null,
      at,
      at,
    );
    return id;
  }

  private membership(organization: string, userId: string, person: Person, age: number) {
    const id = this.id('om');
    const createdAt = this.ago(age);
    const storedStatus = person.status === 'InviteExpired' ? 'Invited' : person.status;
    const inviteExpiresAt = this.inviteExpiry(person.status, age);
    const lastActivity = person.status === 'Active' ? this.ago(this.random() * DAY * 14) : null;

    this.insert.membership.run(
      id,
      organization,
      userId,
      storedStatus,
      person.directory ? 1 : 0,
      inviteExpiresAt,
      lastActivity,
      createdAt,
      createdAt,
    );
    this.insert.membershipRole.run(id, this.roleIds.get(person.role));
    this.invitation(organization, userId, person, createdAt, inviteExpiresAt);
  }

  private inviteExpiry(status: Status, age: number) {
    if (status === 'Invited') return this.ago(-DAY * 7 + Math.min(age, DAY * 6));
    if (status === 'InviteExpired') return this.ago(Math.min(age, DAY * 3) - 1);
    if (status === 'InviteRevoked') return this.ago(Math.min(age, DAY * 2) - DAY * 7);
    return null;
  }

  /** Every member but those added directly came through an invitation. */
  private invitation(
    organization: string,
    userId: string,
    person: Person,
    createdAt: string,
    expiresAt: string | null,
  ) {
    if (person.status === 'NoInvite' || person.directory) return;

    const accepted = person.status === 'Active';
    const state = accepted ? 'Accepted' : person.status === 'InviteRevoked' ? 'Revoked' : 'Pending';
    const expiry = expiresAt ?? iso(addSeconds(new Date(createdAt), DAY * 7));
    // An invitation not accepted was sent seven days before it expires.
    const sentAt = accepted ? createdAt : iso(addSeconds(new Date(expiry), -DAY * 7));
    this.insert.invitation.run(
      this.id('invitation'),
      organization,
      userId,
      person.email,
      state,
      this.roleIds.get(person.role),
      null,
      expiry,
      sentAt,
      accepted ? createdAt : null,
      state === 'Revoked' ? sentAt : null,
      sentAt,
    );
  }

  private sessions(userId: string, organization: string, count: number, devices?: number[]) {
    for (let i = 0; i < count; i++) {
      const device = devices
        ? DEVICES[devices[i]!]!
        : i === 0
          ? DEVICES[0]!
          : this.pick(DEVICES.slice(1));
      const lastActivity = this.ago(i === 0 ? 60 : this.random() * DAY * 10 + i * 3600);
      const createdAt = this.ago(DAY * (12 + i * 5));
      this.insert.session.run(
        this.id('session'),
        userId,
        organization,
        device.ip,
        device.ua,
        device.city,
        device.country,
        lastActivity,
        this.ago(-DAY * 30),
        createdAt,
        lastActivity,
      );
    }
  }

  /** An authenticator app and a passkey for the demo's admin. */
  private secondFactors(userId: string) {
    const secret = new Secret({
      buffer: this.bytes(20).buffer,
    });
    const enrolled = this.ago(DAY * 120);
    this.db
      .prepare(
        `INSERT INTO mfa_factors (id, user_id, type, secret, verified, last_used_at,
           created_at, updated_at)
       VALUES (?, ?, 'totp', ?, 1, ?, ?, ?)`,
      )
      .run(this.id('auth_factor'), userId, secret.base32, this.ago(DAY * 2), enrolled, enrolled);

    // Enough to list and delete; nobody holds its private key, so it cannot sign in.
    const registered = this.ago(DAY * 60);
    this.db
      .prepare(
        `INSERT INTO passkeys (id, user_id, name, credential_id, public_key, counter, transports,
         last_verified_at, created_at, updated_at)
       VALUES (?, ?, 'iCloud Keychain', ?, ?, 0, '["internal","hybrid"]', ?, ?, ?)`,
      )
      .run(
        this.id('passkey'),
        userId,
        Buffer.from(this.bytes(32)).toString('base64url'),
        Buffer.from(this.bytes(77)),
        this.ago(DAY * 3),
        registered,
        registered,
      );
  }
}
