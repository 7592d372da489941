import type { TestServer } from './harness.js';

/** The documents a client sends to prove control of its email. */
export const SEND_VERIFICATION_CODE = /* GraphQL */ `
  mutation SendVerificationCode {
    sendVerificationCode {
      __typename
      ... on VerificationCodeSent {
        authenticationChallengeId
        expiresAt
      }
      ... on DailyEmailQuotaExceeded {
        message
      }
    }
  }
`;

export const VERIFY_CURRENT_EMAIL = /* GraphQL */ `
  mutation VerifyCurrentEmail($input: VerifyCurrentEmailInput!) {
    verifyCurrentEmail(input: $input) {
      __typename
      ... on CurrentEmailVerified {
        elevatedAccessToken
        expiresAt
      }
      ... on VerificationCodeExpired {
        message
      }
      ... on VerificationCodeIncorrect {
        message
      }
      ... on VerificationCodePreviouslyUsed {
        message
      }
      ... on VerificationTooManyAttempts {
        message
      }
    }
  }
`;

/** Asks for a code; returns the challenge ID, failing if none was sent. */
export async function sendCode(server: TestServer, token: string) {
  const { sendVerificationCode: sent } = await server.data(token, SEND_VERIFICATION_CODE);
  if (sent.__typename !== 'VerificationCodeSent') {
    throw new Error(`no code was sent: ${sent.__typename}`);
  }
  return sent.authenticationChallengeId as string;
}

/**
 * The code emailed for a challenge, found by the challenge ID rather than the
 * address, so that it is found after the address has changed.
 */
export async function codeFor(server: TestServer, challengeId: string) {
  const email = (await server.outbox()).find(
    (e) => e.data.authenticationChallengeId === challengeId,
  );
  if (!email) throw new Error(`no email carries challenge ${challengeId}`);
  return email.data.code as string;
}

/** Proves control of the email; returns the elevated access token. */
export async function elevate(server: TestServer, token: string) {
  const challengeId = await sendCode(server, token);
  const code = await codeFor(server, challengeId);
  const { verifyCurrentEmail: verified } = await server.data(token, VERIFY_CURRENT_EMAIL, {
    input: { authenticationChallengeId: challengeId, code },
  });
  if (verified.__typename !== 'CurrentEmailVerified') {
    throw new Error(`verification failed: ${verified.__typename}`);
  }
  return verified.elevatedAccessToken as string;
}

/** A six-digit code that is not `code`. */
export function wrongCode(code: string) {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}
