import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  codeFor,
  elevate,
  SEND_VERIFICATION_CODE,
  sendCode,
  VERIFY_CURRENT_EMAIL,
  wrongCode,
} from './elevate.js';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const ENROLL_TOTP = /* GraphQL */ `
  mutation EnrollTotp($input: EnrollTotpInput!) {
    enrollTotp(input: $input) {
      __typename
      ... on TotpFactor {
        authenticationChallengeId
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

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** Milliseconds from the server's now until `iso`. */
function msUntil(iso: string) {
  return Date.parse(iso) - server.clock.now().getTime();
}

async function verify(token: string, authenticationChallengeId: string, code: string) {
  const { verifyCurrentEmail } = await server.data(token, VERIFY_CURRENT_EMAIL, {
    input: { authenticationChallengeId, code },
  });
  return verifyCurrentEmail;
}

/** What `removeMfaFactor` says to MEMBER, who has no factor: it shows whether a token passes. */
async function probe(token: string, elevatedAccessToken: string) {
  const { removeMfaFactor } = await server.data(token, REMOVE_MFA_FACTOR, {
    input: { elevatedAccessToken },
  });
  return removeMfaFactor.__typename as string;
}

describe('sendVerificationCode', () => {
  it('returns a challenge that expires in ten minutes', async () => {
    const token = await server.tokenFor(MEMBER);
    const { sendVerificationCode: sent } = await server.data(token, SEND_VERIFICATION_CODE);

    assert.equal(sent.__typename, 'VerificationCodeSent');
    assert.match(sent.authenticationChallengeId, /^auth_challenge_[0-9A-Z]{26}$/);
    assert.ok(msUntil(sent.expiresAt) > 595_000, sent.expiresAt);
    assert.ok(msUntil(sent.expiresAt) <= 600_000, sent.expiresAt);
  });

  it('emails a six-digit code to the user', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);

    const [email] = await server.outbox(MEMBER);
    assert.equal(email.to, MEMBER);
    assert.equal(email.kind, 'verification_code');
    assert.equal(email.data.authenticationChallengeId, challengeId);
    assert.match(email.data.code, /^\d{6}$/);
    assert.ok(email.subject.includes(email.data.code));
  });

  it('gives each challenge its own code', async () => {
    const token = await server.tokenFor(MEMBER);
    const first = await sendCode(server, token);
    const second = await sendCode(server, token);

    assert.notEqual(first, second);
    const result = await verify(token, first, await codeFor(server, first));
    assert.equal(result.__typename, 'CurrentEmailVerified');
  });
});

describe('sendVerificationCode quota', () => {
  let quota: TestServer;

  before(async () => {
    quota = await startTestServer();
  });
  after(() => quota.close());

  async function send(token: string) {
    const { sendVerificationCode } = await quota.data(token, SEND_VERIFICATION_CODE);
    return sendVerificationCode;
  }

  it('refuses after 25 emails in a day', async () => {
    const token = await quota.tokenFor(MEMBER);
    for (let i = 0; i < 25; i++) {
      assert.equal((await send(token)).__typename, 'VerificationCodeSent', `email ${i + 1}`);
    }

    const refused = await send(token);
    assert.equal(refused.__typename, 'DailyEmailQuotaExceeded');
    assert.match(refused.message, /25/);
    assert.equal((await quota.outbox(MEMBER)).length, 25);
  });

  it('counts per user', async () => {
    const sent = await send(await quota.tokenFor(ADMIN));
    assert.equal(sent.__typename, 'VerificationCodeSent');
  });

  it('sends again a day later', async () => {
    quota.clock.advance(86_400);
    const sent = await send(await quota.tokenFor(MEMBER));
    assert.equal(sent.__typename, 'VerificationCodeSent');
  });
});

describe('verifyCurrentEmail', () => {
  it('returns an elevated access token for the right code', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);
    const result = await verify(token, challengeId, await codeFor(server, challengeId));

    assert.equal(result.__typename, 'CurrentEmailVerified');
    assert.match(result.elevatedAccessToken, /^\S{20,}$/);
    assert.ok(msUntil(result.expiresAt) > 595_000, result.expiresAt);
    assert.ok(msUntil(result.expiresAt) <= 600_000, result.expiresAt);
    assert.equal(await probe(token, result.elevatedAccessToken), 'NoMfaFactorsEnrolled');
  });

  it('accepts the code with spaces around it', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);
    const code = await codeFor(server, challengeId);

    const result = await verify(token, challengeId, ` ${code} `);
    assert.equal(result.__typename, 'CurrentEmailVerified');
  });

  it('answers a wrong code with VerificationCodeIncorrect', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);
    const code = await codeFor(server, challengeId);

    const wrong = await verify(token, challengeId, wrongCode(code));
    assert.equal(wrong.__typename, 'VerificationCodeIncorrect');
    assert.ok(wrong.message);
    assert.equal((await verify(token, challengeId, code)).__typename, 'CurrentEmailVerified');
  });

  it('answers a code older than ten minutes with VerificationCodeExpired', async () => {
    const challengeId = await sendCode(server, await server.tokenFor(MEMBER));
    const code = await codeFor(server, challengeId);
    server.clock.advance(601);

    const result = await verify(await server.tokenFor(MEMBER), challengeId, code);
    assert.equal(result.__typename, 'VerificationCodeExpired');
  });

  it('accepts a code just before it expires', async () => {
    const challengeId = await sendCode(server, await server.tokenFor(MEMBER));
    const code = await codeFor(server, challengeId);
    server.clock.advance(590);

    const result = await verify(await server.tokenFor(MEMBER), challengeId, code);
    assert.equal(result.__typename, 'CurrentEmailVerified');
  });

  it('answers a second use with VerificationCodePreviouslyUsed', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);
    const code = await codeFor(server, challengeId);

    assert.equal((await verify(token, challengeId, code)).__typename, 'CurrentEmailVerified');
    const again = await verify(token, challengeId, code);
    assert.equal(again.__typename, 'VerificationCodePreviouslyUsed');
  });

  it('locks the challenge after five wrong codes', async () => {
    const token = await server.tokenFor(MEMBER);
    const challengeId = await sendCode(server, token);
    const code = await codeFor(server, challengeId);

    for (let i = 1; i < 5; i++) {
      const result = await verify(token, challengeId, wrongCode(code));
      assert.equal(result.__typename, 'VerificationCodeIncorrect', `attempt ${i}`);
    }
    const fifth = await verify(token, challengeId, wrongCode(code));
    assert.equal(fifth.__typename, 'VerificationTooManyAttempts');
    const right = await verify(token, challengeId, code);
    assert.equal(right.__typename, 'VerificationTooManyAttempts');
  });

  it("reads another user's challenge as expired", async () => {
    const challengeId = await sendCode(server, await server.tokenFor(ADMIN));
    const code = await codeFor(server, challengeId);

    const stolen = await verify(await server.tokenFor(MEMBER), challengeId, code);
    assert.equal(stolen.__typename, 'VerificationCodeExpired');
    const own = await verify(await server.tokenFor(ADMIN), challengeId, code);
    assert.equal(own.__typename, 'CurrentEmailVerified');
  });

  it('reads an unknown challenge as expired', async () => {
    const token = await server.tokenFor(MEMBER);
    const result = await verify(token, 'auth_challenge_01JAAAAAAAAAAAAAAAAAAAAAAA', '123456');
    assert.equal(result.__typename, 'VerificationCodeExpired');
  });
});

describe('elevated access token', () => {
  async function enroll(token: string, elevatedAccessToken: string) {
    const { enrollTotp } = await server.data(token, ENROLL_TOTP, {
      input: { elevatedAccessToken },
    });
    return enrollTotp;
  }

  it('works until just before ten minutes', async () => {
    const elevated = await elevate(server, await server.tokenFor(MEMBER));
    server.clock.advance(590);
    assert.equal(await probe(await server.tokenFor(MEMBER), elevated), 'NoMfaFactorsEnrolled');
  });

  it('answers ElevatedAccessTokenExpired after ten minutes', async () => {
    const elevated = await elevate(server, await server.tokenFor(MEMBER));
    server.clock.advance(601);

    const result = await enroll(await server.tokenFor(MEMBER), elevated);
    assert.equal(result.__typename, 'ElevatedAccessTokenExpired');
    assert.ok(result.message);
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const result = await enroll(await server.tokenFor(MEMBER), 'eat_made-up');
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
    assert.ok(result.message);
  });

  it("answers ElevatedAccessTokenInvalid for another user's token", async () => {
    const adminElevated = await elevate(server, await server.tokenFor(ADMIN));
    const result = await enroll(await server.tokenFor(MEMBER), adminElevated);
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
  });
});
