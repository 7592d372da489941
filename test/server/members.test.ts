import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const MEMBERS = `
  query OrgMembers(
    $limit: Int = 10, $after: String, $before: String,
    $order: PaginationOrder, $search: String, $roleSlug: String
  ) {
    organizationMemberships(
      limit: $limit, after: $after, before: $before,
      order: $order, search: $search, roleSlug: $roleSlug
    ) {
      data {
        id email firstName lastName profilePictureUrl status lastActivityAt createdAt
        managedByDirectory
        roles { slug name }
      }
      listMetadata { after before }
    }
  }`;

const UPDATE_ROLE = `
  mutation UpdateRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      __typename
      ... on MemberRoleUpdated { member { id roles { slug name } } }
      ... on MemberNotFound { userId }
      ... on RoleNotFound { roleSlugs }
    }
  }`;

const REMOVE = `
  mutation Remove($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
      ... on MemberRemoved { userId }
      ... on MemberNotFound { userId }
      ... on MemberIsManagedByDirectory { userId }
    }
  }`;

type Page = { data: any[]; listMetadata: { after: string | null; before: string | null } };

describe('organizationMemberships', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  async function members(variables: Record<string, unknown>, token = admin): Promise<Page> {
    return (await server.data(token, MEMBERS, variables)).organizationMemberships;
  }

  it('lists Acme members newest first, in every status, with roles', async () => {
    const page = await members({ limit: 100 });
    assert.equal(page.data.length, 40);
    assert.equal(page.listMetadata.after, null);
    assert.equal(page.listMetadata.before, null);

    const created = page.data.map((m) => m.createdAt);
    assert.deepEqual(created, [...created].sort().reverse());
    const statuses = new Set(page.data.map((m) => m.status));
    for (const status of ['Active', 'Invited', 'InviteExpired', 'InviteRevoked', 'NoInvite']) {
      assert.ok(statuses.has(status), `some member is ${status}`);
    }
    const marisol = page.data.find((m) => m.email === ADMIN);
    assert.deepEqual(marisol.roles, [{ slug: 'admin', name: 'Admin' }]);
  });

  it('never lists another organization’s members', async () => {
    const page = await members({ limit: 100 });
    assert.ok(page.data.every((m) => !m.email.endsWith('@globex.example')));

    const globexToken = await server.tokenFor('hank.scorpio@globex.example', server.globex);
    const globex = await members({ limit: 100 }, globexToken);
    assert.ok(globex.data.every((m) => !m.email.endsWith('@acme.example') || m.email === ADMIN));
  });

  it('searches names and email addresses, ignoring case', async () => {
    const byName = await members({ search: 'NAKAMURA' });
    assert.deepEqual(
      byName.data.map((m) => m.email),
      [MEMBER],
    );

    const byFullName = await members({ search: 'marisol veg' });
    assert.deepEqual(
      byFullName.data.map((m) => m.email),
      [ADMIN],
    );

    const byEmail = await members({ search: 'lucia.ferrari@' });
    assert.equal(byEmail.data.length, 1);

    const literal = await members({ search: '%' });
    assert.equal(literal.data.length, 0, 'a % is matched as itself');
  });

  it('finds a name however it is accented or cased, and follows renames', async () => {
    const theo = await server.tokenFor(MEMBER);
    await server.data(
      theo,
      `mutation { updateProfile(input: { firstName: "Ödön" }) { __typename } }`,
    );

    for (const search of ['odon naka', 'ÖDÖN', 'ödön', 'Dön']) {
      const page = await members({ search });
      assert.deepEqual(
        page.data.map((m) => m.email),
        [MEMBER],
        search,
      );
    }
    assert.equal((await members({ search: 'theo naka' })).data.length, 0, 'the old name is gone');
  });

  it('pages through the matches of a search', async () => {
    const all = await members({ search: 'acme', limit: 100 });
    const first = await members({ search: 'acme', limit: 5 });
    const second = await members({ search: 'acme', limit: 5, after: first.listMetadata.after });
    assert.deepEqual(
      [...first.data, ...second.data].map((m) => m.id),
      all.data.slice(0, 10).map((m) => m.id),
    );
  });

  it('filters by role', async () => {
    const admins = await members({ roleSlug: 'admin', limit: 100 });
    assert.ok(admins.data.length >= 2);
    assert.ok(admins.data.every((m) => m.roles.some((r: any) => r.slug === 'admin')));
    assert.equal((await members({ roleSlug: 'no-such-role' })).data.length, 0);
  });

  it('orders oldest first on request', async () => {
    const asc = await members({ order: 'Asc', limit: 3 });
    assert.equal(asc.data[0].email, ADMIN, 'the first seeded member is the oldest');
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await server.graphql(admin, MEMBERS, { after: 'bogus' });
    assert.equal(result.body.errors![0]!.extensions!.code, 'BAD_REQUEST');
    assert.match(result.body.errors![0]!.message, /cursor/);
  });
});

describe('organizationMemberships over 10,000 members', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer({ WIDGETS_SEED_MEMBERS: '10000', WIDGETS_RATE_LIMIT: '100000' });
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  async function walk(direction: 'after' | 'before', start: Record<string, unknown>) {
    const seen: string[] = [];
    let variables: Record<string, unknown> = { limit: 100, ...start };
    for (let pages = 0; pages < 200; pages++) {
      const page: Page = (await server.data(admin, MEMBERS, variables)).organizationMemberships;
      const ids = page.data.map((m) => m.id);
      seen.push(...(direction === 'after' ? ids : ids.reverse()));

      const next = page.listMetadata[direction];
      if (!next) return seen;
      variables = { limit: 100, [direction]: next, order: start.order };
    }
    throw new Error('pagination did not end');
  }

  it('visits every member exactly once forwards, then backwards', async () => {
    const forwards = await walk('after', {});
    assert.equal(forwards.length, 10_000);
    assert.equal(new Set(forwards).size, 10_000);

    // Backwards from the last page, following `before` to the first.
    const last: Page = (await server.data(admin, MEMBERS, { limit: 100, order: 'Asc' }))
      .organizationMemberships;
    assert.equal(last.listMetadata.before, null);
    const backwards = await walk('before', {
      order: 'Desc',
      before: (await lastPageCursor()) ?? undefined,
    });
    assert.equal(backwards.length + 100, 10_000);
    assert.deepEqual(backwards.reverse(), forwards.slice(0, -100));
  });

  /** The `before` cursor of the final page, found by following `after`. */
  async function lastPageCursor() {
    let variables: Record<string, unknown> = { limit: 100 };
    for (;;) {
      const page: Page = (await server.data(admin, MEMBERS, variables)).organizationMemberships;
      if (!page.listMetadata.after) return page.listMetadata.before;
      variables = { limit: 100, after: page.listMetadata.after };
    }
  }

  it('searches across all of them, rare terms and common ones alike', async () => {
    const rare = await server.data(admin, MEMBERS, { search: '.9999@', limit: 5 });
    assert.equal(rare.organizationMemberships.data.length, 1);
    assert.match(rare.organizationMemberships.data[0].email, /\.9999@acme\.example$/);

    // Matched by more users than the index is asked for: read in list order.
    const common = await server.data(admin, MEMBERS, { search: 'acme.example', limit: 100 });
    assert.equal(common.organizationMemberships.data.length, 100);

    // Few matches, read from the index and sorted: still newest first, still paged.
    const few: Page = (await server.data(admin, MEMBERS, { search: 'marisol', limit: 1 }))
      .organizationMemberships;
    assert.equal(few.data[0].email, ADMIN);
  });
});

describe('updateMemberRole and removeMember', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  it('changes a member’s role', async () => {
    const theo = server.user(MEMBER);
    const result = await server.data(admin, UPDATE_ROLE, {
      input: { userId: theo.id, roleSlugs: ['developer'] },
    });
    assert.equal(result.updateMemberRole.__typename, 'MemberRoleUpdated');
    assert.deepEqual(result.updateMemberRole.member.roles, [
      { slug: 'developer', name: 'Developer' },
    ]);

    const filtered = await server.data(admin, MEMBERS, { roleSlug: 'developer', limit: 100 });
    assert.ok(filtered.organizationMemberships.data.some((m: any) => m.id === theo.id));
  });

  it('answers unknown roles and members with their failure types', async () => {
    const theo = server.user(MEMBER);
    const role = await server.data(admin, UPDATE_ROLE, {
      input: { userId: theo.id, roleSlugs: ['wizard'] },
    });
    assert.equal(role.updateMemberRole.__typename, 'RoleNotFound');
    assert.deepEqual(role.updateMemberRole.roleSlugs, ['wizard']);

    const missing = await server.data(admin, UPDATE_ROLE, {
      input: { userId: 'user_nobody', roleSlugs: ['admin'] },
    });
    assert.deepEqual(missing.updateMemberRole, {
      __typename: 'MemberNotFound',
      userId: 'user_nobody',
    });
  });

  it('keeps one role per member unless the organization allows several', async () => {
    const result = await server.graphql(admin, UPDATE_ROLE, {
      input: { userId: server.user(MEMBER).id, roleSlugs: ['admin', 'developer'] },
    });
    assert.equal(result.body.errors![0]!.extensions!.code, 'BAD_REQUEST');
    assert.match(result.body.errors![0]!.message, /one role/);
  });

  it('treats a member of another organization as not found', async () => {
    const hank = server.user('hank.scorpio@globex.example', server.globex);
    const update = await server.data(admin, UPDATE_ROLE, {
      input: { userId: hank.id, roleSlugs: ['member'] },
    });
    assert.equal(update.updateMemberRole.__typename, 'MemberNotFound');

    const remove = await server.data(admin, REMOVE, { input: { userId: hank.id } });
    assert.equal(remove.removeMember.__typename, 'MemberNotFound');

    const user = await server.graphql(admin, 'query U($id: ID!) { user(id: $id) { email } }', {
      id: hank.id,
    });
    assert.equal(user.body.errors![0]!.extensions!.code, 'NOT_FOUND');
  });

  it('refuses a directory-managed member', async () => {
    const amara = server.user('amara.okafor@acme.example');
    const result = await server.data(admin, REMOVE, { input: { userId: amara.id } });
    assert.equal(result.removeMember.__typename, 'MemberIsManagedByDirectory');
  });

  it('removes a member, whose token then stops working', async () => {
    const priya = server.user('priya.raman@acme.example');
    const priyaToken = await server.tokenFor(priya.email);
    assert.equal((await server.graphql(priyaToken, '{ me { id } }')).status, 200);

    const result = await server.data(admin, REMOVE, { input: { userId: priya.id } });
    assert.deepEqual(result.removeMember, { __typename: 'MemberRemoved', userId: priya.id });

    const after = await server.data(admin, MEMBERS, { search: 'priya', limit: 10 });
    assert.equal(after.organizationMemberships.data.length, 0);
    const refused = await server.graphql(priyaToken, '{ me { id } }');
    assert.equal(refused.status, 401);

    const again = await server.data(admin, REMOVE, { input: { userId: priya.id } });
    assert.equal(again.removeMember.__typename, 'MemberNotFound');
  });
});

describe('permission to manage members', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  it('is enforced by the server for a member without it', async () => {
    const member = await server.tokenFor(MEMBER);
    const admin = server.user(ADMIN);

    for (const [query, input] of [
      [REMOVE, { userId: admin.id }],
      [UPDATE_ROLE, { userId: admin.id, roleSlugs: ['member'] }],
    ] as const) {
      const result = await server.graphql(member, query, { input });
      assert.equal(result.status, 403);
      assert.equal(result.body.errors![0]!.extensions!.code, 'FORBIDDEN');
      assert.match(result.body.errors![0]!.message, /widgets:users-table:manage/);
    }

    const adminToken = await server.tokenFor(ADMIN);
    const still = await server.data(adminToken, MEMBERS, { search: 'marisol' });
    assert.deepEqual(
      still.organizationMemberships.data[0].roles.map((r: any) => r.slug),
      ['admin'],
    );
  });

  it('follows a demotion at once, even with a token minted before it', async () => {
    const jonas = server.user('jonas.becker@acme.example');
    const jonasToken = await server.tokenFor(jonas.email);
    const admin = await server.tokenFor(ADMIN);
    await server.data(admin, UPDATE_ROLE, { input: { userId: jonas.id, roleSlugs: ['member'] } });

    const result = await server.graphql(jonasToken, REMOVE, {
      input: { userId: server.user(MEMBER).id },
    });
    assert.equal(result.body.errors![0]!.extensions!.code, 'FORBIDDEN');
  });

  it('lets a member read the list', async () => {
    const member = await server.tokenFor(MEMBER);
    const page = await server.data(member, MEMBERS, { limit: 5 });
    assert.equal(page.organizationMemberships.data.length, 5);
  });
});
