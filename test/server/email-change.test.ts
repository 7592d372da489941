import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { elevate, SEND_VERIFICATION_CODE, VERIFY_CURRENT_EMAIL, wrongCode } from './elevate.js';
import { ADMIN, MEMBER, startTestServer, type TestServer } from './harness.js';

const SEND_EMAIL_CHANGE = /* GraphQL */ `
  mutation SendEmailChange($input: SendEmailChangeInput!) {
    sendEmailChange(input: $input) {
      __typename
      ... on EmailChangeSent {
        expiresAt
      }
      ... on EmailNotAvailable {
        message
      }
      ... on InvalidEmail {
        message
      }
      ... on EmailManagedByProvider {
        message
      }
      ... on DailyEmailQuotaExceeded {
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

const CONFIRM_EMAIL_CHANGE = /* GraphQL */ `
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      __typename
      ... on EmailChangeConfirmed {
        user {
          id
          email
          emailVerified
        }
        elevatedAccessToken
        expiresAt
      }
      ... on EmailChangeCodeExpired {
        message
      }
      ... on EmailChangeCodeIncorrect {
        message
      }
      ... on VerificationCodePreviouslyUsed {
        message
      }
      ... on VerificationTooManyAttempts {
        message
      }
      ... on EmailNotAvailable {
        message
      }
      ... on EmailChangeNotStarted {
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

const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
      emailVerified
    }
  }
`;

const NEW_EMAIL = 'theo.n@acme.example';
const PRIYA = 'priya.raman@acme.example';

// Each test moves a user's address or spends their email quota: each gets a fresh server.
let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

async function sendChange(token: string, elevatedAccessToken: string, newEmail: string) {
  const { sendEmailChange } = await server.data(token, SEND_EMAIL_CHANGE, {
    input: { elevatedAccessToken, newEmail },
  });
  return sendEmailChange;
}

async function confirm(token: string, elevatedAccessToken: string, code: string) {
  const { confirmEmailChange } = await server.data(token, CONFIRM_EMAIL_CHANGE, {
    input: { elevatedAccessToken, code },
  });
  return confirmEmailChange;
}

/** The newest code mailed to `address` for an email change. */
async function changeCode(address: string) {
  const [email] = await server.outbox(address);
  assert.equal(email?.kind, 'email_change_code', `no email change code for ${address}`);
  return email.data.code as string;
}

/** MEMBER with an elevated token and a change to `newEmail` waiting for its code. */
async function startChange(newEmail = NEW_EMAIL, email = MEMBER) {
  const token = await server.tokenFor(email);
  const elevated = await elevate(server, token);
  const sent = await sendChange(token, elevated, newEmail);
  assert.equal(sent.__typename, 'EmailChangeSent');
  return { token, elevated, code: await changeCode(newEmail) };
}

async function currentEmail(token: string) {
  return (await server.data(token, ME)).me.email as string;
}

describe('sendEmailChange', () => {
  it('emails a code to the new address', async () => {
    const token = await server.tokenFor(MEMBER);
    const sent = await sendChange(token, await elevate(server, token), NEW_EMAIL);

    assert.equal(sent.__typename, 'EmailChangeSent');
    const ttl = Date.parse(sent.expiresAt) - server.clock.now().getTime();
    assert.ok(ttl > 595_000 && ttl <= 600_000, sent.expiresAt);

    const [email] = await server.outbox(NEW_EMAIL);
    assert.equal(email.to, NEW_EMAIL);
    assert.equal(email.kind, 'email_change_code');
    assert.match(email.data.code, /^\d{6}$/);
  });

  it('sends nothing to the current address', async () => {
    const token = await server.tokenFor(MEMBER);
    await sendChange(token, await elevate(server, token), NEW_EMAIL);

    const kinds = (await server.outbox(MEMBER)).map((e) => e.kind);
    assert.deepEqual(kinds, ['verification_code']);
  });

  it('keeps the current address until confirmed', async () => {
    const { token } = await startChange();
    assert.equal(await currentEmail(token), MEMBER);
  });

  it("answers EmailNotAvailable for another user's address", async () => {
    const token = await server.tokenFor(MEMBER);
    const elevated = await elevate(server, token);

    assert.equal((await sendChange(token, elevated, ADMIN)).__typename, 'EmailNotAvailable');
    const shouted = await sendChange(token, elevated, ADMIN.toUpperCase());
    assert.equal(shouted.__typename, 'EmailNotAvailable');
    assert.equal((await server.outbox(ADMIN)).length, 0);
  });

  it('answers EmailNotAvailable for the current address', async () => {
    const token = await server.tokenFor(MEMBER);
    const result = await sendChange(token, await elevate(server, token), MEMBER);
    assert.equal(result.__typename, 'EmailNotAvailable');
    assert.ok(result.message);
  });

  it('answers InvalidEmail for text that is not an address', async () => {
    const token = await server.tokenFor(MEMBER);
    const elevated = await elevate(server, token);

    for (const text of ['theo', 'theo@acme', 'theo@@acme.example', 'theo n@acme.example', '']) {
      const result = await sendChange(token, elevated, text);
      assert.equal(result.__typename, 'InvalidEmail', JSON.stringify(text));
    }
  });

  it('answers EmailManagedByProvider when a provider owns the address', async () => {
    const member = server.user(MEMBER);
    server.db.prepare('UPDATE users SET email_managed_by_provider = 1 WHERE id = ?').run(member.id);
    const token = await server.tokenFor(MEMBER);

    const result = await sendChange(token, await elevate(server, token), NEW_EMAIL);
    assert.equal(result.__typename, 'EmailManagedByProvider');
    assert.equal((await server.outbox(NEW_EMAIL)).length, 0);
  });

  it('answers DailyEmailQuotaExceeded once 25 emails went out', async () => {
    const token = await server.tokenFor(MEMBER);
    const elevated = await elevate(server, token);
    for (let i = 2; i <= 25; i++) {
      const sent = await sendChange(token, elevated, `theo.${i}@acme.example`);
      assert.equal(sent.__typename, 'EmailChangeSent', `email ${i}`);
    }

    const refused = await sendChange(token, elevated, NEW_EMAIL);
    assert.equal(refused.__typename, 'DailyEmailQuotaExceeded');
    assert.equal((await server.outbox(NEW_EMAIL)).length, 0);
  });

  it('answers ElevatedAccessTokenInvalid for an empty or made-up token', async () => {
    const token = await server.tokenFor(MEMBER);
    for (const elevated of ['', 'eat_made-up']) {
      const result = await sendChange(token, elevated, NEW_EMAIL);
      assert.equal(result.__typename, 'ElevatedAccessTokenInvalid', JSON.stringify(elevated));
    }
  });

  it('refuses an input without a token as an invalid request', async () => {
    const token = await server.tokenFor(MEMBER);
    const result = await server.graphql(token, SEND_EMAIL_CHANGE, {
      input: { newEmail: NEW_EMAIL },
    });

    assert.equal(result.status, 400);
    assert.match(result.body.errors?.[0]?.message ?? '', /elevatedAccessToken/);
    assert.equal((await server.outbox(NEW_EMAIL)).length, 0);
  });

  it('answers ElevatedAccessTokenExpired after ten minutes', async () => {
    const elevated = await elevate(server, await server.tokenFor(MEMBER));
    server.clock.advance(601);

    const result = await sendChange(await server.tokenFor(MEMBER), elevated, NEW_EMAIL);
    assert.equal(result.__typename, 'ElevatedAccessTokenExpired');
  });
});

describe('confirmEmailChange', () => {
  it('moves the user to the new address', async () => {
    const { token, elevated, code } = await startChange();
    const result = await confirm(token, elevated, code);

    assert.equal(result.__typename, 'EmailChangeConfirmed');
    assert.equal(result.user.id, server.user(MEMBER).id);
    assert.equal(result.user.email, NEW_EMAIL);
    assert.equal(result.user.emailVerified, true);
    assert.equal(await currentEmail(token), NEW_EMAIL);
  });

  it('replaces the elevated access token', async () => {
    const { token, elevated, code } = await startChange();
    const result = await confirm(token, elevated, code);

    assert.notEqual(result.elevatedAccessToken, elevated);
    const ttl = Date.parse(result.expiresAt) - server.clock.now().getTime();
    assert.ok(ttl > 595_000 && ttl <= 600_000, result.expiresAt);

    const old = await sendChange(token, elevated, 'theo.again@acme.example');
    assert.equal(old.__typename, 'ElevatedAccessTokenInvalid');
    const fresh = await sendChange(token, result.elevatedAccessToken, 'theo.again@acme.example');
    assert.equal(fresh.__typename, 'EmailChangeSent');
  });

  it('sends later verification codes to the new address', async () => {
    const { token, elevated, code } = await startChange();
    await confirm(token, elevated, code);

    const { sendVerificationCode: sent } = await server.data(token, SEND_VERIFICATION_CODE);
    const [email] = await server.outbox(NEW_EMAIL);
    assert.equal(email.kind, 'verification_code');
    assert.equal(email.data.authenticationChallengeId, sent.authenticationChallengeId);
  });

  it('ends codes already sent to the old address', async () => {
    const { token, elevated, code } = await startChange();
    const { sendVerificationCode: sent } = await server.data(token, SEND_VERIFICATION_CODE);
    const [{ data: old }] = await server.outbox(MEMBER);
    await confirm(token, elevated, code);

    const { verifyCurrentEmail } = await server.data(token, VERIFY_CURRENT_EMAIL, {
      input: { authenticationChallengeId: sent.authenticationChallengeId, code: old.code },
    });
    assert.equal(verifyCurrentEmail.__typename, 'VerificationCodeExpired');
  });

  it('answers a wrong code with EmailChangeCodeIncorrect', async () => {
    const { token, elevated, code } = await startChange();

    const wrong = await confirm(token, elevated, wrongCode(code));
    assert.equal(wrong.__typename, 'EmailChangeCodeIncorrect');
    assert.equal(await currentEmail(token), MEMBER);
    assert.equal((await confirm(token, elevated, code)).__typename, 'EmailChangeConfirmed');
  });

  it('accepts only the newest code', async () => {
    const { token, elevated, code: first } = await startChange();
    await sendChange(token, elevated, 'theo.second@acme.example');
    const second = await changeCode('theo.second@acme.example');

    if (first !== second) {
      const stale = await confirm(token, elevated, first);
      assert.equal(stale.__typename, 'EmailChangeCodeIncorrect');
    }
    const result = await confirm(token, elevated, second);
    assert.equal(result.user.email, 'theo.second@acme.example');
  });

  it('answers an old code with EmailChangeCodeExpired', async () => {
    const { code } = await startChange();
    server.clock.advance(300);
    const token = await server.tokenFor(MEMBER);
    const elevated = await elevate(server, token);
    server.clock.advance(301);

    const result = await confirm(await server.tokenFor(MEMBER), elevated, code);
    assert.equal(result.__typename, 'EmailChangeCodeExpired');
    assert.equal(await currentEmail(token), MEMBER);
  });

  it('answers a second confirmation with VerificationCodePreviouslyUsed', async () => {
    const { token, elevated, code } = await startChange();
    const { elevatedAccessToken } = await confirm(token, elevated, code);

    const again = await confirm(token, elevatedAccessToken, code);
    assert.equal(again.__typename, 'VerificationCodePreviouslyUsed');
  });

  it('locks the change after five wrong codes', async () => {
    const { token, elevated, code } = await startChange();
    for (let i = 1; i < 5; i++) {
      const result = await confirm(token, elevated, wrongCode(code));
      assert.equal(result.__typename, 'EmailChangeCodeIncorrect', `attempt ${i}`);
    }

    const fifth = await confirm(token, elevated, wrongCode(code));
    assert.equal(fifth.__typename, 'VerificationTooManyAttempts');
    const right = await confirm(token, elevated, code);
    assert.equal(right.__typename, 'VerificationTooManyAttempts');
    assert.equal(await currentEmail(token), MEMBER);
  });

  it('answers EmailChangeNotStarted before any sendEmailChange', async () => {
    const token = await server.tokenFor(MEMBER);
    const result = await confirm(token, await elevate(server, token), '123456');
    assert.equal(result.__typename, 'EmailChangeNotStarted');
    assert.ok(result.message);
  });

  it('answers EmailNotAvailable when the address was taken meanwhile', async () => {
    const theo = await startChange(NEW_EMAIL);
    const priya = await startChange(NEW_EMAIL, PRIYA);
    const taken = await confirm(priya.token, priya.elevated, priya.code);
    assert.equal(taken.__typename, 'EmailChangeConfirmed');

    const result = await confirm(theo.token, theo.elevated, theo.code);
    assert.equal(result.__typename, 'EmailNotAvailable');
    assert.equal(await currentEmail(theo.token), MEMBER);
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const { token, code } = await startChange();
    const result = await confirm(token, 'eat_made-up', code);
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
    assert.equal(await currentEmail(token), MEMBER);
  });

  it('answers ElevatedAccessTokenExpired after ten minutes', async () => {
    const { elevated, code } = await startChange();
    server.clock.advance(601);

    const result = await confirm(await server.tokenFor(MEMBER), elevated, code);
    assert.equal(result.__typename, 'ElevatedAccessTokenExpired');
  });
});
