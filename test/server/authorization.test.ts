import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { buildSchema } from 'graphql';
import { decodeJwt } from 'jose';
import { Secret, TOTP } from 'otpauth';
import { codeFor, elevate, sendCode } from './elevate.js';
import {
  ADMIN,
  MEMBER,
  ORIGIN,
  startTestServer,
  type GraphQLResult,
  type TestServer,
} from './harness.js';

const HANK = 'hank.scorpio@globex.example';
const JONAS = 'jonas.becker@acme.example';
const PRIYA = 'priya.raman@acme.example';
const LUCIA = 'lucia.ferrari@acme.example';
const SAMUEL = 'samuel.oduya@acme.example';
const NEW_EMAIL = 'marisol.v@acme.example';
const OTHER_ALLOWED_ORIGIN = 'http://127.0.0.1:5173';
const FOREIGN_ORIGIN = 'https://evil.example';

/** The kinds of token every operation is tried with, in the order of the table's columns. */
const KINDS = [
  'admin', // Marisol, admin of Acme
  'member', // Theo, plain member of Acme
  'globex', // Hank, admin of Globex, aiming at Acme's rows
  'dual', // Marisol's token for Globex, where she is a plain member, aiming at Acme's rows
  'none', // no Authorization header
  'expired', // Marisol's, past its expiry
  'forged', // Theo's, its payload rewritten to speak for Marisol with her permissions
  'tampered', // Marisol's, one character of its signature changed
  'foreign', // Marisol's, sent from an origin that is not on the allowlist
  'unpinned', // Marisol's, pinned to the other allowed origin than the page's
  'revoked', // Jonas's (an Acme admin), after another token of his ended its session
] as const;
type Kind = (typeof KINDS)[number];

/** Tokens the server accepts: their cells reach the resolvers. */
const LIVE: Kind[] = ['admin', 'member', 'globex', 'dual'];

// Outcomes: data without errors, or a refusal by its `extensions.code`. A
// mutation that answers is written as its result's __typename.
const OK = 'ok';
const F = 'forbidden'; // 403 FORBIDDEN
const NF = 'not_found'; // 404 NOT_FOUND
const U = 'unauthenticated'; // 401 UNAUTHENTICATED
const O = 'origin'; // 403 ORIGIN_NOT_ALLOWED
const INVALID = 'ElevatedAccessTokenInvalid';

/**
 * What every (operation, token kind) cell should answer, from the schema's
 * and the contract's rules. The variables of each operation aim at Acme's
 * rows and the admin's own things: see QUERIES and MUTATIONS.
 */
// prettier-ignore
const EXPECTED: Record<string, string[]> = {
  // operation            [admin, member, globex, dual,
  //                        none, expired, forged, tampered, foreign, unpinned, revoked]
  me:                      [OK, OK, OK, OK, U, U, U, U, O, O, U],
  user:                    [OK, OK, NF, NF, U, U, U, U, O, O, U],
  organization:            [OK, OK, NF, NF, U, U, U, U, O, O, U],
  organizations:           [OK, OK, OK, OK, U, U, U, U, O, O, U],
  organizationMemberships: [OK, OK, OK, OK, U, U, U, U, O, O, U],
  roles:                   [OK, OK, OK, OK, U, U, U, U, O, O, U],
  permissions:             [OK, OK, OK, OK, U, U, U, U, O, O, U],
  effectivePermissions:    [OK, F, NF, F, U, U, U, U, O, O, U],
  invitations:             [OK, F, OK, F, U, U, U, U, O, O, U],
  sessions:                [OK, OK, OK, OK, U, U, U, U, O, O, U],
  passkeys:                [OK, OK, OK, OK, U, U, U, U, O, O, U],
  mfaFactors:              [OK, OK, OK, OK, U, U, U, U, O, O, U],
  authenticationSettings:  [OK, OK, OK, OK, U, U, U, U, O, O, U],

  inviteUser:              ['UserInvited', F, 'OrganizationBlockedFromSendingInvites', F,
                            U, U, U, U, O, O, U],
  revokeInvitation:        ['InvitationRevoked', F, 'InvitationNotFound', F,
                            U, U, U, U, O, O, U],
  resendInvitation:        ['InvitationResent', F, 'ResendInvitationNotFound', F,
                            U, U, U, U, O, O, U],
  updateMemberRole:        ['MemberRoleUpdated', F, 'MemberNotFound', F,
                            U, U, U, U, O, O, U],
  removeMember:            ['MemberRemoved', F, 'MemberNotFound', F,
                            U, U, U, U, O, O, U],
  updateProfile:           ['ProfileUpdated', 'ProfileUpdated', 'ProfileUpdated',
                            'ProfileUpdated', U, U, U, U, O, O, U],
  // Sessions belong to the user, whichever organization they were started for.
  revokeSession:           ['SessionRevoked', 'SessionNotFound', 'SessionNotFound',
                            'SessionRevoked', U, U, U, U, O, O, U],
  revokeAllSessions:       ['AllSessionsRevoked', 'AllSessionsRevoked', 'AllSessionsRevoked',
                            'AllSessionsRevoked', U, U, U, U, O, O, U],
  sendVerificationCode:    ['VerificationCodeSent', 'VerificationCodeSent', 'VerificationCodeSent',
                            'VerificationCodeSent', U, U, U, U, O, O, U],
  // Another user's challenge reads as unknown, which is answered as an expired one is.
  verifyCurrentEmail:      ['CurrentEmailVerified', 'VerificationCodeExpired',
                            'VerificationCodeExpired', 'CurrentEmailVerified',
                            U, U, U, U, O, O, U],
  // Elevated access, like second factors and passkeys, belongs to the user.
  enrollTotp:              ['TotpFactor', INVALID, INVALID, 'TotpFactor',
                            U, U, U, U, O, O, U],
  verifyTotp:              ['TotpVerified', INVALID, INVALID, 'TotpVerified',
                            U, U, U, U, O, O, U],
  removeMfaFactor:         ['MfaFactorRemoved', INVALID, INVALID, 'MfaFactorRemoved',
                            U, U, U, U, O, O, U],
  registerPasskey:         ['PasskeyRegistrationOptions', INVALID, INVALID,
                            'PasskeyRegistrationOptions', U, U, U, U, O, O, U],
  // The response is junk: the admin's cells get past the elevation and challenge checks only.
  verifyPasskey:           ['PasskeyVerificationFailed', 'PasskeyChallengeNotFound',
                            'PasskeyChallengeNotFound', 'PasskeyVerificationFailed',
                            U, U, U, U, O, O, U],
  deletePasskey:           ['PasskeyDeleted', 'PasskeyNotFound', 'PasskeyNotFound',
                            'PasskeyDeleted', U, U, U, U, O, O, U],
  sendEmailChange:         ['EmailChangeSent', INVALID, INVALID, 'EmailChangeSent',
                            U, U, U, U, O, O, U],
  confirmEmailChange:      ['EmailChangeConfirmed', 'EmailChangeNotStarted',
                            'EmailChangeNotStarted', 'EmailChangeConfirmed',
                            U, U, U, U, O, O, U],
};

/** The status each refusal comes with; everything else is 200. */
const STATUS: Record<string, number> = { [F]: 403, [NF]: 404, [U]: 401, [O]: 403 };

const CODES: Record<string, string> = {
  FORBIDDEN: F,
  NOT_FOUND: NF,
  UNAUTHENTICATED: U,
  ORIGIN_NOT_ALLOWED: O,
};

interface Operation {
  document: string;
  /** What to send in a cell; for a mutation, set up after the reset that precedes the cell. */
  variables?: (kind: Kind) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** A mutation document taking `input` of the given type, selecting __typename and more. */
function mutation(field: string, inputType: string | null, selection = '') {
  const head = inputType ? `mutation ($input: ${inputType}!)` : 'mutation';
  return `${head} { ${field}${inputType ? '(input: $input)' : ''} { __typename ${selection} } }`;
}

// Set in `before`, used by the operations' variables.
let server: TestServer;
let tokens: Record<Kind, string | null>;
let ids: { otherAdminSession: string; adminPasskey: string };

/** A user's ID in Acme, by email. */
const acmeUser = (email: string) => server.user(email).id;

/** An elevated access token of the admin, got with her Acme token. */
const adminElevation = () => elevate(server, tokens.admin!);

/** The cell's own elevated access token; refused tokens get none, so they carry the admin's. */
async function ownElevation(kind: Kind, admin: string) {
  return kind === 'admin' || !LIVE.includes(kind) ? admin : elevate(server, tokens[kind]!);
}

/** Runs one of MUTATIONS with `token`, failing on an error; returns its result. */
async function ask(token: string, field: string, variables: Record<string, unknown>) {
  return (await server.data(token, MUTATIONS[field]!.document, variables))[field];
}

/** Runs one of MUTATIONS with the admin's Acme token, to set up a cell. */
const asAdmin = (field: string, variables: Record<string, unknown>) =>
  ask(tokens.admin!, field, variables);

/** The admin's authenticator app turned off, then enrolled again without a code yet. */
async function adminEnrollment(elevatedAccessToken: string) {
  const input = { elevatedAccessToken };
  await asAdmin('removeMfaFactor', { input });
  return asAdmin('enrollTotp', { input });
}

const QUERIES: Record<string, Operation> = {
  me: { document: '{ me { id email } }' },
  user: {
    document: 'query ($id: ID!) { user(id: $id) { id email } }',
    variables: () => ({ id: acmeUser(MEMBER) }),
  },
  organization: {
    document: 'query ($id: ID!) { organization(id: $id) { id name } }',
    variables: () => ({ id: server.acme.id }),
  },
  organizations: { document: '{ organizations { id name isCurrent } }' },
  // Every member, and those matching the other organization's domain through the search index.
  organizationMemberships: {
    document: `query ($search: String) {
      all: organizationMemberships(limit: 100) { data { id email status } }
      found: organizationMemberships(limit: 100, search: $search) { data { id email } }
    }`,
    variables: (kind) => ({ search: kind === 'globex' || kind === 'dual' ? 'acme' : 'globex' }),
  },
  roles: { document: '{ roles { roles { id slug } multipleRolesEnabled } }' },
  permissions: { document: '{ permissions(limit: 100) { data { id slug } } }' },
  effectivePermissions: {
    document: 'query ($userId: ID!) { effectivePermissions(userId: $userId) { id slug } }',
    variables: () => ({ userId: acmeUser(PRIYA) }),
  },
  invitations: { document: '{ invitations(limit: 100) { data { id userId email status } } }' },
  sessions: { document: '{ sessions { id isCurrent organizationId } }' },
  passkeys: { document: '{ passkeys { id name } }' },
  mfaFactors: { document: '{ mfaFactors { id type } }' },
  authenticationSettings: { document: '{ authenticationSettings { mfaEnabled } }' },
};

const INVITATION = 'invitation { id userId email status }';

const MUTATIONS: Record<string, Operation> = {
  inviteUser: {
    document: mutation('inviteUser', 'InviteUserInput', `... on UserInvited { ${INVITATION} }`),
    variables: () => ({ input: { email: 'new.colleague@acme.example' } }),
  },
  revokeInvitation: {
    document: mutation(
      'revokeInvitation',
      'RevokeInvitationInput',
      `... on InvitationRevoked { ${INVITATION} }`,
    ),
    variables: () => ({ input: { userId: acmeUser(LUCIA) } }),
  },
  resendInvitation: {
    document: mutation(
      'resendInvitation',
      'ResendInvitationInput',
      `... on InvitationResent { ${INVITATION} }`,
    ),
    variables: () => ({ input: { userId: acmeUser(SAMUEL) } }),
  },
  // Theo asks to be made admin: for him, that is a try at raising his own role.
  updateMemberRole: {
    document: mutation(
      'updateMemberRole',
      'UpdateMemberRoleInput',
      '... on MemberRoleUpdated { member { id email roles { slug } } }',
    ),
    variables: () => ({ input: { userId: acmeUser(MEMBER), roleSlugs: ['admin'] } }),
  },
  removeMember: {
    document: mutation('removeMember', 'RemoveMemberInput', '... on MemberRemoved { userId }'),
    variables: () => ({ input: { userId: acmeUser(PRIYA) } }),
  },
  updateProfile: {
    document: mutation(
      'updateProfile',
      'UpdateProfileInput',
      '... on ProfileUpdated { user { id email firstName } }',
    ),
    variables: () => ({ input: { firstName: 'Changed' } }),
  },
  // One of the admin's Acme sessions, not the one her tokens are bound to.
  revokeSession: {
    document: mutation(
      'revokeSession',
      'RevokeSessionInput',
      '... on SessionRevoked { session { id organizationId state { tag } } }',
    ),
    variables: () => ({ input: { sessionId: ids.otherAdminSession } }),
  },
  revokeAllSessions: {
    document: mutation('revokeAllSessions', null, '... on AllSessionsRevoked { revokedCount }'),
  },
  sendVerificationCode: {
    document: mutation(
      'sendVerificationCode',
      null,
      '... on VerificationCodeSent { authenticationChallengeId }',
    ),
  },
  // The admin's challenge and the code mailed to her.
  verifyCurrentEmail: {
    document: mutation(
      'verifyCurrentEmail',
      'VerifyCurrentEmailInput',
      '... on CurrentEmailVerified { expiresAt }',
    ),
    variables: async () => {
      const authenticationChallengeId = await sendCode(server, tokens.admin!);
      const code = await codeFor(server, authenticationChallengeId);
      return { input: { authenticationChallengeId, code } };
    },
  },
  // The admin's elevation, her authenticator app turned off first.
  enrollTotp: {
    document: mutation(
      'enrollTotp',
      'EnrollTotpInput',
      '... on TotpFactor { authenticationChallengeId secret }',
    ),
    variables: async () => {
      const elevatedAccessToken = await adminElevation();
      await asAdmin('removeMfaFactor', { input: { elevatedAccessToken } });
      return { input: { elevatedAccessToken } };
    },
  },
  // The admin's elevation, her enrollment and the code her app would show.
  verifyTotp: {
    document: mutation('verifyTotp', 'VerifyTotpInput'),
    variables: async () => {
      const elevatedAccessToken = await adminElevation();
      const enrollment = await adminEnrollment(elevatedAccessToken);
      const totp = new TOTP({ secret: Secret.fromBase32(enrollment.secret), digits: 6 });
      const code = totp.generate({ timestamp: server.clock.now().getTime() });
      const { authenticationChallengeId } = enrollment;
      return { input: { authenticationChallengeId, code, elevatedAccessToken } };
    },
  },
  removeMfaFactor: {
    document: mutation('removeMfaFactor', 'RemoveMfaFactorInput'),
    variables: async () => ({ input: { elevatedAccessToken: await adminElevation() } }),
  },
  registerPasskey: {
    document: mutation(
      'registerPasskey',
      'RegisterPasskeyInput',
      '... on PasskeyRegistrationOptions { challengeId options }',
    ),
    variables: async () => ({ input: { elevatedAccessToken: await adminElevation() } }),
  },
  // The admin's challenge, with the cell's own elevation.
  verifyPasskey: {
    document: mutation('verifyPasskey', 'VerifyPasskeyInput'),
    variables: async (kind) => {
      const admin = await adminElevation();
      const input = { elevatedAccessToken: admin };
      const { challengeId } = await asAdmin('registerPasskey', { input });
      const junk = { clientDataJSON: 'e30', attestationObject: 'oA' };
      const response = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: junk };
      const elevatedAccessToken = await ownElevation(kind, admin);
      return { input: { challengeId, elevatedAccessToken, response } };
    },
  },
  // The admin's passkey, with the cell's own elevation.
  deletePasskey: {
    document: mutation('deletePasskey', 'DeletePasskeyInput'),
    variables: async (kind) => {
      const elevatedAccessToken = await ownElevation(kind, await adminElevation());
      return { input: { passkeyId: ids.adminPasskey, elevatedAccessToken } };
    },
  },
  sendEmailChange: {
    document: mutation('sendEmailChange', 'SendEmailChangeInput'),
    variables: async () => ({
      input: { elevatedAccessToken: await adminElevation(), newEmail: NEW_EMAIL },
    }),
  },
  // The code of the admin's email change, with the cell's own elevation.
  confirmEmailChange: {
    document: mutation(
      'confirmEmailChange',
      'ConfirmEmailChangeInput',
      '... on EmailChangeConfirmed { user { id email } }',
    ),
    variables: async (kind) => {
      const admin = await adminElevation();
      await asAdmin('sendEmailChange', {
        input: { elevatedAccessToken: admin, newEmail: NEW_EMAIL },
      });
      const [email] = await server.outbox(NEW_EMAIL);
      const elevatedAccessToken = await ownElevation(kind, admin);
      return { input: { elevatedAccessToken, code: email.data.code } };
    },
  },
};

/** Back to the seed, with Jonas's session ended again by a second token of his. */
async function reset() {
  const response = await fetch(`${server.url}/dev/reset`, { method: 'POST' });
  assert.equal(response.status, 200);

  const second = await server.tokenFor(JONAS);
  const sessionId = String(decodeJwt(tokens.revoked!).sid);
  const revoked = await ask(second, 'revokeSession', { input: { sessionId } });
  assert.equal(revoked.__typename, 'SessionRevoked');
}

/** Theo's token with its payload rewritten to be Marisol's; its signature stays Theo's. */
function forge(memberToken: string, adminToken: string) {
  const [header, payload, signature] = memberToken.split('.');
  const admin = decodeJwt(adminToken);
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  Object.assign(claims, { sub: admin.sub, sid: admin.sid, permissions: admin.permissions });
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

/** The token with one character in the middle of its signature changed. */
function tamper(token: string) {
  const at = token.lastIndexOf('.') + 10;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

/**
 * IDs and emails of the other organization's rows that the viewer has no
 * business seeing: its users who are not in the viewer's organization, its
 * invitations, its sessions other than the viewer's own, and the
 * organization itself unless the viewer belongs to it.
 */
function otherOrganizationRows(kind: Kind) {
  const [mine, theirs, email] =
    kind === 'globex' || kind === 'dual'
      ? [server.globex, server.acme, kind === 'dual' ? ADMIN : HANK]
      : [server.acme, server.globex, kind === 'admin' ? ADMIN : MEMBER];
  const viewer = server.user(email, mine).id;
  const outsiders = theirs.users.filter((u) => !mine.users.some((m) => m.id === u.id));

  const rows = outsiders.flatMap((u) => [u.id, u.email]);
  rows.push(
    ...(server.db
      .prepare(
        `SELECT id FROM invitations WHERE organization_id = @org
         UNION ALL SELECT id FROM sessions WHERE organization_id = @org AND user_id != @viewer`,
      )
      .pluck()
      .all({ org: theirs.id, viewer }) as string[]),
  );
  if (!theirs.users.some((u) => u.id === viewer)) rows.push(theirs.id);
  return rows;
}

/** What a cell answered: 'ok', a __typename, or a refusal, with its status if unexpected. */
function outcomeOf(field: string, result: GraphQLResult) {
  const error = result.body.errors?.[0];
  let outcome = field in MUTATIONS ? result.body.data?.[field]?.__typename : OK;
  if (error) outcome = CODES[error.extensions?.code ?? ''] ?? `error: ${error.message}`;

  if (result.status !== (STATUS[outcome] ?? 200)) outcome += ` (HTTP ${result.status})`;
  // A refusal carries no data.
  const data = Object.values(result.body.data ?? {});
  if (result.body.errors && data.some((value) => value != null)) outcome += ' with data';
  return outcome;
}

describe('authorization matrix', () => {
  let foreignRows: Partial<Record<Kind, string[]>>;

  before(async () => {
    server = await startTestServer({ WIDGETS_RATE_LIMIT: '1000000' });
    const admin = await server.tokenFor(ADMIN);
    const member = await server.tokenFor(MEMBER);

    // The expired token is minted to live one second, then the clock moves past it.
    const expired = await server.tokenFor(ADMIN, server.acme, { expires_in: 1 });
    server.clock.advance(5);

    tokens = {
      admin,
      member,
      globex: await server.tokenFor(HANK, server.globex),
      dual: await server.tokenFor(ADMIN, server.globex),
      none: null,
      expired,
      forged: forge(member, admin),
      tampered: tamper(admin),
      foreign: admin,
      unpinned: await server.tokenFor(ADMIN, server.acme, { origins: [OTHER_ALLOWED_ORIGIN] }),
      revoked: await server.tokenFor(JONAS),
    };

    // Another Acme session of the admin than her tokens', and her passkey: the seed's IDs,
    // which every reset keeps.
    const adminSession = String(decodeJwt(admin).sid);
    const { sessions, passkeys } = await server.data(
      admin,
      '{ sessions { id organizationId } passkeys { id } }',
    );
    const other = sessions.find(
      (s: any) => s.id !== adminSession && s.organizationId === server.acme.id,
    );
    ids = { otherAdminSession: other.id, adminPasskey: passkeys[0].id };

    foreignRows = Object.fromEntries(LIVE.map((kind) => [kind, otherOrganizationRows(kind)]));
    await reset();
  });
  after(() => server.close());

  /** Runs one cell over HTTP; checks that an answer shows no other organization's rows. */
  async function cell(field: string, kind: Kind) {
    const operation = QUERIES[field] ?? MUTATIONS[field]!;
    if (field in MUTATIONS) await reset();
    const variables = (await operation.variables?.(kind)) ?? {};
    const origin = kind === 'foreign' ? FOREIGN_ORIGIN : ORIGIN;
    const result = await server.graphql(tokens[kind], operation.document, variables, { origin });

    if (LIVE.includes(kind) && !result.body.errors) {
      // A value the request sent itself, echoed back, is no leak.
      const body = JSON.stringify(result.body);
      const sent = JSON.stringify(variables);
      const leaked = foreignRows[kind]!.filter((row) => body.includes(row) && !sent.includes(row));
      assert.deepEqual(leaked, [], `${field} as ${kind} shows another organization's rows`);
    }
    return outcomeOf(field, result);
  }

  it('covers every query and mutation of the schema', () => {
    const sdl = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const schema = buildSchema(sdl);
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    assert.deepEqual(Object.keys(QUERIES).sort(), queries.sort());
    assert.deepEqual(Object.keys(MUTATIONS).sort(), mutations.sort());
    assert.deepEqual(Object.keys(EXPECTED).sort(), [...queries, ...mutations].sort());
    for (const [field, row] of Object.entries(EXPECTED)) {
      assert.equal(row.length, KINDS.length, field);
    }
  });

  for (const field of [...Object.keys(QUERIES), ...Object.keys(MUTATIONS)]) {
    it(`${field}, under every kind of token`, async () => {
      const actual: Record<string, string> = {};
      for (const kind of KINDS) actual[kind] = await cell(field, kind);
      const expected = Object.fromEntries(KINDS.map((kind, i) => [kind, EXPECTED[field]![i]!]));
      assert.deepEqual(actual, expected);
    });
  }
});
