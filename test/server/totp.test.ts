import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Secret, TOTP, URI } from 'otpauth';
import { elevate } from './elevate.js';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const ENROLL_TOTP = /* GraphQL */ `
  mutation EnrollTotp($input: EnrollTotpInput!) {
    enrollTotp(input: $input) {
      __typename
      ... on TotpFactor {
        authenticationChallengeId
        authenticationFactorId
        qrCode
        secret
        uri
      }
      ... on TotpAlreadyEnrolled {
        message
      }
      ... on ElevatedAccessTokenExpired {
        message
      }
      ... on ElevatedAccessTokenInvalid {
        message
      }
    }
  }
`;

const VERIFY_TOTP = /* GraphQL */ `
  mutation VerifyTotp($input: VerifyTotpInput!) {
    verifyTotp(input: $input) {
      __typename
      ... on TotpVerified {
        success
      }
      ... on TotpVerificationFailed {
        message
      }
      ... on ElevatedAccessTokenExpired {
        message
      }
      ... on ElevatedAccessTokenInvalid {
        message
      }
    }
  }
`;

const REMOVE_MFA_FACTOR = /* GraphQL */ `
  mutation RemoveMfaFactor($input: RemoveMfaFactorInput!) {
    removeMfaFactor(input: $input) {
      __typename
      ... on MfaFactorRemoved {
        success
      }
      ... on NoMfaFactorsEnrolled {
        message
      }
      ... on ElevatedAccessTokenExpired {
        message
      }
      ... on ElevatedAccessTokenInvalid {
        message
      }
    }
  }
`;

const SECOND_FACTORS = /* GraphQL */ `
  query SecondFactors {
    me {
      mfaEnabled
      mfaLastUsedAt
    }
    mfaFactors {
      id
      type
      createdAt
      lastUsedAt
    }
  }
`;

/** A signed-in user who has verified their email: a widget and an elevated access token. */
interface Elevated {
  token: string;
  elevated: string;
}

// Each test enrolls or removes a factor: each gets a fresh server. Each starts mid-period,
// so that no code the test computes changes period before the server checks it.
let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
  toMidPeriod();
});
afterEach(() => server.close());

async function signIn(email = MEMBER): Promise<Elevated> {
  const token = await server.tokenFor(email);
  return { token, elevated: await elevate(server, token) };
}

async function enroll({ token, elevated }: Elevated) {
  const { enrollTotp } = await server.data(token, ENROLL_TOTP, {
    input: { elevatedAccessToken: elevated },
  });
  return enrollTotp;
}

async function verify({ token, elevated }: Elevated, challengeId: string, code: string) {
  const { verifyTotp } = await server.data(token, VERIFY_TOTP, {
    input: { authenticationChallengeId: challengeId, code, elevatedAccessToken: elevated },
  });
  return verifyTotp;
}

async function remove({ token, elevated }: Elevated) {
  const { removeMfaFactor } = await server.data(token, REMOVE_MFA_FACTOR, {
    input: { elevatedAccessToken: elevated },
  });
  return removeMfaFactor;
}

async function secondFactors({ token }: Elevated) {
  return server.data(token, SECOND_FACTORS);
}

/** The code an authenticator app shows for `secret`, `offsetSeconds` from the server's now. */
function appCode(secret: string, offsetSeconds = 0) {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: server.clock.now().getTime() + offsetSeconds * 1000,
  });
}

/** Moves the server's clock to the middle of a 30-second period, away from its edges. */
function toMidPeriod() {
  const intoPeriod = server.clock.now().getTime() % 30_000;
  server.clock.advance((45_000 - intoPeriod) / 1000);
}

/** The codes the server accepts now: this period's and its neighbours'. */
function nearCodes(secret: string) {
  return [-30, 0, 30].map((offset) => appCode(secret, offset));
}

/** A six-digit code the server does not accept now. */
function notAppCode(secret: string) {
  const near = nearCodes(secret);
  let code = 0;
  while (near.includes(String(code).padStart(6, '0'))) code++;
  return String(code).padStart(6, '0');
}

/** MEMBER with an authenticator app enrolled and verified. */
async function enrolledMember() {
  const member = await signIn();
  const factor = await enroll(member);
  const result = await verify(member, factor.authenticationChallengeId, appCode(factor.secret));
  assert.equal(result.__typename, 'TotpVerified');
  return { member, factor };
}

describe('enrollTotp', () => {
  it('returns a secret, its otpauth URI and a QR code', async () => {
    const factor = await enroll(await signIn());

    assert.equal(factor.__typename, 'TotpFactor');
    assert.match(factor.authenticationChallengeId, /^auth_challenge_/);
    assert.match(factor.authenticationFactorId, /^auth_factor_/);
    assert.match(factor.secret, /^[A-Z2-7]{32}$/);
    assert.match(factor.uri, /^otpauth:\/\/totp\//);
    assert.match(factor.qrCode, /^data:image\/svg\+xml[;,]/);
  });

  it('puts the secret, the user and the organization in the URI', async () => {
    const factor = await enroll(await signIn());

    const totp = URI.parse(factor.uri) as TOTP;
    assert.ok(totp instanceof TOTP);
    assert.equal(totp.secret.base32, factor.secret);
    assert.equal(totp.label, MEMBER);
    assert.equal(totp.issuer, 'Acme');
    assert.deepEqual([totp.algorithm, totp.digits, totp.period], ['SHA1', 6, 30]);
  });

  it('draws the URI as an SVG image', async () => {
    const { qrCode } = await enroll(await signIn());

    const [, base64, payload] = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(qrCode)!;
    const svg = base64 ? Buffer.from(payload!, 'base64').toString() : decodeURIComponent(payload!);
    assert.match(svg, /^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('leaves MFA off until a code is verified', async () => {
    const member = await signIn();
    await enroll(member);

    const { me, mfaFactors } = await secondFactors(member);
    assert.equal(me.mfaEnabled, false);
    assert.deepEqual(mfaFactors, []);
  });

  it('answers TotpAlreadyEnrolled once an app is on', async () => {
    const { member } = await enrolledMember();
    const again = await enroll(member);
    assert.equal(again.__typename, 'TotpAlreadyEnrolled');
    assert.ok(again.message);
  });

  it("answers TotpAlreadyEnrolled for the seeded admin's app", async () => {
    const admin = await signIn(ADMIN);
    assert.equal((await enroll(admin)).__typename, 'TotpAlreadyEnrolled');
  });

  it('replaces an enrollment left unfinished', async () => {
    const member = await signIn();
    const first = await enroll(member);
    const second = await enroll(member);
    assert.notEqual(second.secret, first.secret);

    const stale = await verify(member, first.authenticationChallengeId, appCode(first.secret));
    assert.equal(stale.__typename, 'TotpVerificationFailed');
    const fresh = await verify(member, second.authenticationChallengeId, appCode(second.secret));
    assert.equal(fresh.__typename, 'TotpVerified');
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const member = { token: await server.tokenFor(MEMBER), elevated: 'eat_made-up' };
    assert.equal((await enroll(member)).__typename, 'ElevatedAccessTokenInvalid');
  });

  it('is refused while the environment has MFA turned off', async () => {
    const { token, elevated } = await signIn();
    server.db
      .prepare(`UPDATE settings SET value = json_set(value, '$.mfaEnabled', json('false'))`)
      .run();

    const input = { elevatedAccessToken: elevated };
    const result = await server.graphql(token, ENROLL_TOTP, { input });
    assert.equal(result.status, 403);
    assert.equal(result.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});

describe('verifyTotp', () => {
  it('answers a wrong code with TotpVerificationFailed and leaves MFA off', async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const code = notAppCode(factor.secret);
    const result = await verify(member, factor.authenticationChallengeId, code);
    assert.equal(result.__typename, 'TotpVerificationFailed');
    assert.ok(result.message);
    assert.equal((await secondFactors(member)).me.mfaEnabled, false);
  });

  it("turns MFA on with the app's current code", async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const code = appCode(factor.secret);
    const result = await verify(member, factor.authenticationChallengeId, code);
    assert.equal(result.__typename, 'TotpVerified');
    assert.equal(result.success, true);
    assert.equal((await secondFactors(member)).me.mfaEnabled, true);
  });

  it('lists the verified app in mfaFactors', async () => {
    const { member, factor } = await enrolledMember();

    const { mfaFactors } = await secondFactors(member);
    assert.equal(mfaFactors.length, 1);
    assert.equal(mfaFactors[0].id, factor.authenticationFactorId);
    assert.equal(mfaFactors[0].type, 'totp');
    assert.ok(Date.parse(mfaFactors[0].createdAt) <= server.clock.now().getTime());
  });

  it('accepts the code of the previous period, for a slow clock', async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const code = appCode(factor.secret, -30);
    const result = await verify(member, factor.authenticationChallengeId, code);
    assert.equal(result.__typename, 'TotpVerified');
  });

  it('refuses a code from two minutes ago', async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const near = nearCodes(factor.secret);
    let offset = -120;
    while (near.includes(appCode(factor.secret, offset))) offset -= 30;
    const code = appCode(factor.secret, offset);
    const result = await verify(member, factor.authenticationChallengeId, code);
    assert.equal(result.__typename, 'TotpVerificationFailed');
  });

  it('answers TotpVerificationFailed after five wrong codes', async () => {
    const member = await signIn();
    const { authenticationChallengeId: challengeId, secret } = await enroll(member);
    for (let i = 0; i < 5; i++) await verify(member, challengeId, notAppCode(secret));

    const result = await verify(member, challengeId, appCode(secret));
    assert.equal(result.__typename, 'TotpVerificationFailed');
    assert.equal((await secondFactors(member)).me.mfaEnabled, false);
  });

  it('answers TotpVerificationFailed for an unknown challenge', async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const unknown = 'auth_challenge_01JAAAAAAAAAAAAAAAAAAAAAAA';
    const result = await verify(member, unknown, appCode(factor.secret));
    assert.equal(result.__typename, 'TotpVerificationFailed');
  });

  it('answers TotpVerificationFailed for an expired challenge', async () => {
    const factor = await enroll(await signIn());
    server.clock.advance(901);

    const member = await signIn();
    const result = await verify(member, factor.authenticationChallengeId, appCode(factor.secret));
    assert.equal(result.__typename, 'TotpVerificationFailed');
    assert.equal((await secondFactors(member)).me.mfaEnabled, false);
  });

  it("answers TotpVerificationFailed for another user's challenge", async () => {
    const member = await signIn();
    const factor = await enroll(member);

    const admin = await signIn(ADMIN);
    const result = await verify(admin, factor.authenticationChallengeId, appCode(factor.secret));
    assert.equal(result.__typename, 'TotpVerificationFailed');
    assert.equal((await secondFactors(member)).me.mfaEnabled, false);
  });

  it('answers TotpVerificationFailed for a challenge already used', async () => {
    const { member, factor } = await enrolledMember();
    const again = await verify(member, factor.authenticationChallengeId, appCode(factor.secret));
    assert.equal(again.__typename, 'TotpVerificationFailed');
  });

  it('answers ElevatedAccessTokenExpired after ten minutes', async () => {
    const member = await signIn();
    const factor = await enroll(member);
    server.clock.advance(601);

    const later = { ...member, token: await server.tokenFor(MEMBER) };
    const result = await verify(later, factor.authenticationChallengeId, appCode(factor.secret));
    assert.equal(result.__typename, 'ElevatedAccessTokenExpired');
  });
});

describe('removeMfaFactor', () => {
  it('turns the app off', async () => {
    const { member } = await enrolledMember();

    const result = await remove(member);
    assert.equal(result.__typename, 'MfaFactorRemoved');
    assert.equal(result.success, true);
    const { me, mfaFactors } = await secondFactors(member);
    assert.equal(me.mfaEnabled, false);
    assert.deepEqual(mfaFactors, []);
  });

  it('answers NoMfaFactorsEnrolled when nothing is on', async () => {
    const { member } = await enrolledMember();
    await remove(member);

    const again = await remove(member);
    assert.equal(again.__typename, 'NoMfaFactorsEnrolled');
    assert.ok(again.message);
  });

  it('answers NoMfaFactorsEnrolled for an unfinished enrollment', async () => {
    const member = await signIn();
    await enroll(member);
    assert.equal((await remove(member)).__typename, 'NoMfaFactorsEnrolled');
  });

  it('lets the user enroll again', async () => {
    const { member } = await enrolledMember();
    await remove(member);
    assert.equal((await enroll(member)).__typename, 'TotpFactor');
  });

  it("turns off the seeded admin's app", async () => {
    const admin = await signIn(ADMIN);
    assert.equal((await secondFactors(admin)).me.mfaEnabled, true);

    assert.equal((await remove(admin)).__typename, 'MfaFactorRemoved');
    assert.equal((await secondFactors(admin)).me.mfaEnabled, false);
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const { member } = await enrolledMember();

    const result = await remove({ ...member, elevated: 'eat_made-up' });
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
    assert.equal((await secondFactors(member)).me.mfaEnabled, true);
  });
});
