import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const INVITATIONS = `
  query Invitations($status: OrganizationInvitationStatus, $limit: Int, $after: String) {
    invitations(status: $status, limit: $limit, after: $after) {
      data { id userId email status roleSlug expiresAt createdAt lastSentAt }
      listMetadata { after before }
    }
  }`;

const INVITE = `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on UserInvited { invitation { id userId email status roleSlug expiresAt } }
      ... on InviteeAlreadyInvited { email }
      ... on InviteeAlreadyMember { email }
      ... on InvalidInviteeEmail { email }
      ... on InvalidInviteeRole { roleSlug }
      ... on InvalidInvitationExpiry { message }
      ... on InviteeEmailNotDeliverable { email }
      ... on OrganizationBlockedFromSendingInvites { message }
    }
  }`;

const REVOKE = `
  mutation Revoke($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      __typename
      ... on InvitationRevoked { invitation { id status } }
      ... on InvitationNotFound { userId }
      ... on InvitationNotPending { userId }
    }
  }`;

const RESEND = `
  mutation Resend($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      __typename
      ... on InvitationResent { invitation { id status expiresAt lastSentAt } }
      ... on InviteeAlreadyAccepted { userId }
      ... on InviteeEmailNotDeliverable { email }
      ... on ResendInvitationNotFound { userId }
    }
  }`;

const MEMBER_STATUS = `
  query Status($search: String) {
    organizationMemberships(search: $search) { data { id status roles { slug } } }
  }`;

const DAY = 86_400_000;

describe('invitations', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await server.tokenFor(ADMIN);
  });
  after(() => server.close());

  async function invite(input: Record<string, unknown>) {
    return (await server.data(admin, INVITE, { input })).inviteUser;
  }

  async function memberStatus(search: string) {
    return (await server.data(admin, MEMBER_STATUS, { search })).organizationMemberships.data[0];
  }

  describe('the invitations query', () => {
    it('lists invitations in each status, each filter keeping its own', async () => {
      for (const status of ['Pending', 'Expired', 'Revoked', 'Accepted']) {
        const page = await server.data(admin, INVITATIONS, { status, limit: 100 });
        assert.ok(page.invitations.data.length > 0, `some invitation is ${status}`);
        assert.ok(page.invitations.data.every((i: any) => i.status === status));
      }
    });

    it('pages through every invitation once', async () => {
      const all = await server.data(admin, INVITATIONS, { limit: 100 });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await server.data(admin, INVITATIONS, { limit: 3, after });
        seen.push(...page.invitations.data.map((i: any) => i.id));
        after = page.invitations.listMetadata.after;
      } while (after);
      assert.deepEqual(
        seen,
        all.invitations.data.map((i: any) => i.id),
      );
    });

    it('is refused to a member without the permission to manage members', async () => {
      const member = await server.tokenFor(MEMBER);
      const result = await server.graphql(member, INVITATIONS, {});
      assert.equal(result.body.errors![0]!.extensions!.code, 'FORBIDDEN');
    });
  });

  describe('inviteUser', () => {
    it('invites a new address with the default role, and emails it', async () => {
      const result = await invite({ email: '  new.person@example.com ' });
      assert.equal(result.__typename, 'UserInvited');
      assert.equal(result.invitation.email, 'new.person@example.com');
      assert.equal(result.invitation.status, 'Pending');
      assert.equal(result.invitation.roleSlug, 'member');
      const days = (Date.parse(result.invitation.expiresAt) - server.clock.now().getTime()) / DAY;
      assert.ok(Math.abs(days - 7) < 0.01, 'an invitation lasts seven days by default');

      const [email] = await server.outbox('new.person@example.com');
      assert.equal(email.kind, 'invitation');
      assert.match(email.subject, /Marisol Vega invited you to Acme/);
      assert.equal(email.data.invitationId, result.invitation.id);

      const member = await memberStatus('new.person@');
      assert.equal(member.status, 'Invited');
      assert.equal(member.id, result.invitation.userId);
    });

    it('takes a role and an expiry', async () => {
      const result = await invite({
        email: 'dev@example.com',
        roleSlug: 'developer',
        expiresInDays: 2,
      });
      assert.equal(result.invitation.roleSlug, 'developer');
      const days = (Date.parse(result.invitation.expiresAt) - server.clock.now().getTime()) / DAY;
      assert.ok(Math.abs(days - 2) < 0.01);
    });

    it('answers every refusal with its own type, and creates nothing', async () => {
      const before = await server.data(admin, INVITATIONS, { limit: 100 });
      const cases: [Record<string, unknown>, string][] = [
        [{ email: 'new.person@example.com' }, 'InviteeAlreadyInvited'],
        [{ email: MEMBER }, 'InviteeAlreadyMember'],
        [{ email: 'rafael.souza@acme.example' }, 'InviteeAlreadyMember'],
        [{ email: 'not an address' }, 'InvalidInviteeEmail'],
        [{ email: 'a@b' }, 'InvalidInviteeEmail'],
        [{ email: 'x@example.com', roleSlug: 'wizard' }, 'InvalidInviteeRole'],
        [{ email: 'x@example.com', expiresInDays: 0 }, 'InvalidInvitationExpiry'],
        [{ email: 'x@example.com', expiresInDays: 31 }, 'InvalidInvitationExpiry'],
        [{ email: 'bounce@nowhere.invalid' }, 'InviteeEmailNotDeliverable'],
      ];
      for (const [input, typename] of cases) {
        assert.equal((await invite(input)).__typename, typename, JSON.stringify(input));
      }

      const after = await server.data(admin, INVITATIONS, { limit: 100 });
      assert.equal(after.invitations.data.length, before.invitations.data.length);
      assert.equal((await server.outbox('x@example.com')).length, 0);
    });

    it('invites again someone whose invitation expired or was revoked', async () => {
      for (const email of ['samuel.oduya@acme.example', 'kim.tran@acme.example']) {
        const result = await invite({ email });
        assert.equal(result.__typename, 'UserInvited', email);
        assert.equal((await memberStatus(email)).status, 'Invited');
      }
    });

    it('is blocked in an organization that may not send invitations', async () => {
      const hank = await server.tokenFor('hank.scorpio@globex.example', server.globex);
      const result = await server.data(hank, INVITE, { input: { email: 'y@example.com' } });
      assert.equal(result.inviteUser.__typename, 'OrganizationBlockedFromSendingInvites');
    });

    it('is refused to a member without the permission', async () => {
      const member = await server.tokenFor(MEMBER);
      const result = await server.graphql(member, INVITE, { input: { email: 'z@example.com' } });
      assert.equal(result.status, 403);
      assert.equal((await server.outbox('z@example.com')).length, 0);
    });
  });

  describe('revokeInvitation', () => {
    it('revokes a pending invitation', async () => {
      const { invitation } = await invite({ email: 'to.revoke@example.com' });
      const result = await server.data(admin, REVOKE, { input: { userId: invitation.userId } });
      assert.equal(result.revokeInvitation.__typename, 'InvitationRevoked');
      assert.equal(result.revokeInvitation.invitation.status, 'Revoked');
      assert.equal((await memberStatus('to.revoke@')).status, 'InviteRevoked');

      const again = await server.data(admin, REVOKE, { input: { userId: invitation.userId } });
      assert.equal(again.revokeInvitation.__typename, 'InvitationNotPending');
    });

    it('will not revoke an expired or accepted invitation, or a stranger’s', async () => {
      const expired = server.user('samuel.oduya@acme.example');
      const fresh = await startTestServer();
      try {
        const token = await fresh.tokenFor(ADMIN);
        const revoke = async (userId: string) =>
          (await fresh.data(token, REVOKE, { input: { userId } })).revokeInvitation.__typename;

        assert.equal(await revoke(fresh.user(expired.email).id), 'InvitationNotPending');
        assert.equal(await revoke(fresh.user(MEMBER).id), 'InvitationNotPending');
        assert.equal(
          await revoke(fresh.user('rafael.souza@acme.example').id),
          'InvitationNotFound',
        );
        const globexInvitee = fresh.user('new.hire@globex.example', fresh.globex);
        assert.equal(await revoke(globexInvitee.id), 'InvitationNotFound');
      } finally {
        await fresh.close();
      }
    });
  });

  describe('resendInvitation', () => {
    it('renews an expired invitation for as long as it first ran', async () => {
      const fresh = await invite({ email: 'late@example.com', expiresInDays: 3 });
      server.clock.advance(4 * 86_400);
      admin = await server.tokenFor(ADMIN);
      assert.equal((await memberStatus('late@')).status, 'InviteExpired');

      const result = await server.data(admin, RESEND, {
        input: { userId: fresh.invitation.userId },
      });
      const resent = result.resendInvitation;
      assert.equal(resent.__typename, 'InvitationResent');
      assert.equal(resent.invitation.id, fresh.invitation.id);
      assert.equal(resent.invitation.status, 'Pending');
      const days = (Date.parse(resent.invitation.expiresAt) - server.clock.now().getTime()) / DAY;
      assert.ok(Math.abs(days - 3) < 0.01);
      assert.equal((await memberStatus('late@')).status, 'Invited');
      assert.equal((await server.outbox('late@example.com')).length, 2);
    });

    it('reinstates a revoked invitation', async () => {
      const kim = server.user('kim.tran@acme.example');
      await server.data(admin, REVOKE, { input: { userId: kim.id } });
      const result = await server.data(admin, RESEND, { input: { userId: kim.id } });
      assert.equal(result.resendInvitation.invitation.status, 'Pending');
    });

    it('answers each refusal with its own type', async () => {
      const accepted = await server.data(admin, RESEND, {
        input: { userId: server.user(MEMBER).id },
      });
      assert.equal(accepted.resendInvitation.__typename, 'InviteeAlreadyAccepted');

      const none = await server.data(admin, RESEND, {
        input: { userId: server.user('rafael.souza@acme.example').id },
      });
      assert.equal(none.resendInvitation.__typename, 'ResendInvitationNotFound', 'never invited');

      const stranger = await server.data(admin, RESEND, {
        input: { userId: server.user('new.hire@globex.example', server.globex).id },
      });
      assert.equal(stranger.resendInvitation.__typename, 'ResendInvitationNotFound');

      // An address that stopped taking mail after it was invited.
      const { invitation } = await invite({ email: 'soon.gone@example.com' });
      server.db
        .prepare(`UPDATE invitations SET email = 'soon.gone@example.invalid' WHERE id = ?`)
        .run(invitation.id);
      const bounced = await server.data(admin, RESEND, { input: { userId: invitation.userId } });
      assert.equal(bounced.resendInvitation.__typename, 'InviteeEmailNotDeliverable');
    });
  });
});
