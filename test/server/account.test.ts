import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const ME = `
  query Me {
    me {
      id email emailVerified firstName lastName profilePictureUrl locale
      createdAt updatedAt mfaEnabled mfaLastUsedAt passwordSet passwordLastUsedAt
    }
  }`;

const UPDATE_PROFILE = `
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      __typename
      ... on ProfileUpdated { user { firstName lastName locale updatedAt } }
      ... on InvalidLocale { message }
    }
  }`;

describe('account queries', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  it('me: the signed-in user', async () => {
    const { me } = await server.data(admin, ME);
    assert.equal(me.id, server.user(ADMIN).id);
    assert.equal(me.firstName, 'Marisol');
    assert.equal(me.emailVerified, true);
    assert.equal(me.mfaEnabled, true, 'the seed enrolls an authenticator app for the admin');
    assert.ok(Date.parse(me.mfaLastUsedAt) < Date.now());

    const theo = (await server.data(await server.tokenFor(MEMBER), ME)).me;
    assert.equal(theo.email, MEMBER);
    assert.equal(theo.mfaEnabled, false);
  });

  it('user: a member of the organization, even one only invited', async () => {
    const invited = server.user('lucia.ferrari@acme.example');
    const { user } = await server.data(admin, 'query U($id: ID!) { user(id: $id) { email } }', {
      id: invited.id,
    });
    assert.equal(user.email, invited.email);
  });

  it('organization: the token’s own, and no other', async () => {
    const query =
      'query O($id: ID!) { organization(id: $id) { id name allowProfilesOutsideOrganization } }';
    const own = await server.data(admin, query, { id: server.acme.id });
    assert.equal(own.organization.name, 'Acme');

    const other = await server.graphql(admin, query, { id: server.globex.id });
    assert.equal(other.body.errors![0]!.extensions!.code, 'NOT_FOUND');
    assert.equal(other.body.data, null);
  });

  it('organizations: every one the user belongs to, the current first', async () => {
    const { organizations } = await server.data(admin, '{ organizations { id name isCurrent } }');
    assert.deepEqual(organizations, [
      { id: server.acme.id, name: 'Acme', isCurrent: true },
      { id: server.globex.id, name: 'Globex', isCurrent: false },
    ]);

    const fromGlobex = await server.tokenFor(ADMIN, server.globex);
    const seen = await server.data(fromGlobex, '{ organizations { name isCurrent } }');
    assert.deepEqual(seen.organizations[0], { name: 'Globex', isCurrent: true });
  });

  it('roles: at least admin, a default member role, and one more', async () => {
    const { roles } = await server.data(
      admin,
      '{ roles { multipleRolesEnabled roles { id slug name description isDefault } } }',
    );
    assert.equal(roles.multipleRolesEnabled, false);
    const slugs = roles.roles.map((r: any) => r.slug);
    assert.ok(slugs.length >= 3);
    assert.ok(slugs.includes('admin'));
    assert.deepEqual(
      roles.roles.filter((r: any) => r.isDefault).map((r: any) => r.slug),
      ['member'],
    );
  });

  it('permissions: a page, searchable', async () => {
    const query = `query P($search: String, $limit: Int, $after: String) {
      permissions(search: $search, limit: $limit, after: $after) {
        data { slug name system } listMetadata { after before }
      }
    }`;
    const all = await server.data(admin, query, { limit: 100 });
    assert.ok(all.permissions.data.length >= 4);

    const firstTwo = await server.data(admin, query, { limit: 2 });
    const rest = await server.data(admin, query, {
      limit: 100,
      after: firstTwo.permissions.listMetadata.after,
    });
    assert.equal(
      firstTwo.permissions.data.length + rest.permissions.data.length,
      all.permissions.data.length,
    );

    const billing = await server.data(admin, query, { search: 'BILLING' });
    assert.deepEqual(
      billing.permissions.data.map((p: any) => p.slug),
      ['billing:manage'],
    );
  });

  it('effectivePermissions: one’s own freely, another’s with the permission', async () => {
    const query = 'query E($userId: ID!) { effectivePermissions(userId: $userId) { slug } }';
    const priya = server.user('priya.raman@acme.example');
    const granted = await server.data(admin, query, { userId: priya.id });
    assert.deepEqual(
      granted.effectivePermissions.map((p: any) => p.slug),
      ['billing:manage', 'reports:view'],
    );

    const member = await server.tokenFor(MEMBER);
    const own = await server.data(member, query, { userId: server.user(MEMBER).id });
    assert.deepEqual(own.effectivePermissions, []);
    const other = await server.graphql(member, query, { userId: priya.id });
    assert.equal(other.body.errors![0]!.extensions!.code, 'FORBIDDEN');
  });

  it('authenticationSettings', async () => {
    const { authenticationSettings } = await server.data(
      admin,
      `{ authenticationSettings {
        mfaEnabled mfaRequired passkeyAuthEnabled passwordAuthEnabled
      } }`,
    );
    assert.deepEqual(authenticationSettings, {
      mfaEnabled: true,
      mfaRequired: false,
      passkeyAuthEnabled: true,
      passwordAuthEnabled: true,
    });
  });
});

describe('updateProfile', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startTestServer();
    token = await server.tokenFor(MEMBER);
  });
  after(() => server.close());

  async function update(input: Record<string, unknown>) {
    return (await server.data(token, UPDATE_PROFILE, { input })).updateProfile;
  }

  it('saves names and a locale in canonical form, keeping omitted fields', async () => {
    const result = await update({ firstName: '  Théo ', locale: 'pt-br' });
    assert.equal(result.__typename, 'ProfileUpdated');
    assert.deepEqual(
      { ...result.user, updatedAt: undefined },
      { firstName: 'Théo', lastName: 'Nakamura', locale: 'pt-BR', updatedAt: undefined },
    );

    const cleared = await update({ lastName: '', locale: '' });
    assert.equal(cleared.user.lastName, null);
    assert.equal(cleared.user.locale, null);
    assert.equal(cleared.user.firstName, 'Théo');
  });

  it('answers an invalid locale with InvalidLocale and saves nothing of the request', async () => {
    const result = await update({ firstName: 'Changed', locale: 'not_a_locale!' });
    assert.equal(result.__typename, 'InvalidLocale');
    assert.match(result.message, /not_a_locale!/);

    const { me } = await server.data(token, ME);
    assert.equal(me.firstName, 'Théo');
  });

  it('refuses a name over 100 characters', async () => {
    const result = await server.graphql(token, UPDATE_PROFILE, {
      input: { firstName: 'x'.repeat(101) },
    });
    assert.equal(result.body.errors![0]!.extensions!.code, 'BAD_REQUEST');
  });

  it('renders user data as it was typed', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = await update({ firstName: name });
    assert.equal(result.user.firstName, name);
  });
});
