import { randomBytes } from 'node:crypto';
import { addSeconds } from '../../clock.js';
import { newCode, newId, sha256 } from '../../db/ids.js';
import { sql } from '../../db/statements.js';
import { emailsSentToday, sendEmail } from '../../email.js';
import { nowIso, transaction, type Context } from '../context.js';

/** How long an emailed code works. */
export const CODE_TTL_SECONDS = 600;

/** Wrong codes a challenge accepts before it is locked. */
export const MAX_ATTEMPTS = 5;

type ChallengeKind = 'verify_email' | 'change_email' | 'totp' | 'passkey';

export interface Challenge {
  id: string;
  codeHash: string | null;
  payload: string | null;
  attempts: number;
  expiresAt: string;
  usedAt: string | null;
}

/** Starts a challenge for the viewer; a code, if given, is stored as its hash. */
export function createChallenge(
  context: Context,
  kind: ChallengeKind,
  options: { code?: string; payload?: unknown; ttlSeconds: number },
) {
  const now = context.clock.now();
  const id = newId('auth_challenge', now);
  const expiresAt = addSeconds(now, options.ttlSeconds).toISOString();

  sql(
    context.db,
    `INSERT INTO challenges (id, user_id, kind, code_hash, payload, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    context.viewer.userId,
    kind,
    options.code ? sha256(options.code) : null,
    options.payload === undefined ? null : JSON.stringify(options.payload),
    expiresAt,
    now.toISOString(),
  );
  return { id, expiresAt };
}

/** The viewer's challenge of this kind with this ID; another user's reads as missing. */
export function findChallenge(context: Context, kind: ChallengeKind, id: string) {
  return sql(
    context.db,
    `SELECT id, code_hash AS codeHash, payload, attempts, expires_at AS expiresAt,
       used_at AS usedAt
     FROM challenges WHERE id = ? AND user_id = ? AND kind = ?`,
  ).get(id, context.viewer.userId, kind) as Challenge | undefined;
}

/** Marks a challenge done, so it cannot be answered twice. */
export function useChallenge(context: Context, id: string) {
  sql(context.db, 'UPDATE challenges SET used_at = ? WHERE id = ?').run(nowIso(context), id);
}

/**
 * Checks a code against a challenge. A wrong code counts as an attempt, and
 * the count is saved even though the answer is a failure.
 */
export function checkCode(context: Context, challenge: Challenge, code: string) {
  if (challenge.usedAt) return 'used';
  if (challenge.attempts >= MAX_ATTEMPTS) return 'locked';
  if (challenge.expiresAt <= nowIso(context)) return 'expired';
  if (sha256(code.trim()) === challenge.codeHash) return 'correct';

  sql(context.db, 'UPDATE challenges SET attempts = attempts + 1 WHERE id = ?').run(challenge.id);
  return challenge.attempts + 1 >= MAX_ATTEMPTS ? 'locked' : 'incorrect';
}

/** Refuses a send once the viewer's daily email quota is spent. */
export function quotaExceeded(context: Context) {
  const sent = emailsSentToday(context.db, context.clock, context.viewer.userId);
  if (sent < context.config.dailyEmailQuota) return null;

  return {
    __typename: 'DailyEmailQuotaExceeded',
    message: `No more than ${context.config.dailyEmailQuota} emails a day; try again tomorrow.`,
  };
}

function sendVerificationCode(_: unknown, __: unknown, context: Context) {
  return transaction(context, () => {
    const refused = quotaExceeded(context);
    if (refused) return refused;

    const { email } = sql(context.db, 'SELECT email FROM users WHERE id = ?').get(
      context.viewer.userId,
    ) as { email: string };
    const code = newCode();
    const challenge = createChallenge(context, 'verify_email', {
      code,
      ttlSeconds: CODE_TTL_SECONDS,
    });
    sendEmail(context.db, context.clock, {
      to: email,
      userId: context.viewer.userId,
      kind: 'verification_code',
      subject: `Your verification code is ${code}`,
      body: `Enter ${code} to confirm it is you. The code works for ten minutes.`,
      data: { code, authenticationChallengeId: challenge.id },
    });

    return {
      __typename: 'VerificationCodeSent',
      authenticationChallengeId: challenge.id,
      expiresAt: challenge.expiresAt,
    };
  });
}

interface VerifyCurrentEmailInput {
  authenticationChallengeId: string;
  code: string;
}

const CODE_FAILURES = {
  used: ['VerificationCodePreviouslyUsed', 'This code was already used; ask for a new one.'],
  locked: ['VerificationTooManyAttempts', 'Too many wrong codes; ask for a new one.'],
  expired: ['VerificationCodeExpired', 'This code has expired; ask for a new one.'],
  incorrect: [
    'VerificationCodeIncorrect',
    'This code is not right; check the email and try again.',
  ],
} as const;

function verifyCurrentEmail(
  _: unknown,
  { input }: { input: VerifyCurrentEmailInput },
  context: Context,
) {
  return transaction(context, () => {
    const challenge = findChallenge(context, 'verify_email', input.authenticationChallengeId);
    // An unknown challenge gets the answer an expired one would: start again.
    if (!challenge) return failure(CODE_FAILURES.expired);

    const outcome = checkCode(context, challenge, input.code);
    if (outcome !== 'correct') return failure(CODE_FAILURES[outcome]);

    useChallenge(context, challenge.id);
    sql(context.db, 'UPDATE users SET email_verified = 1 WHERE id = ?').run(context.viewer.userId);
    return { __typename: 'CurrentEmailVerified', ...issueElevatedToken(context) };
  });
}

function failure([typename, message]: readonly [string, string]) {
  return { __typename: typename, message };
}

/** A new elevated access token for the viewer. Only its hash is stored. */
export function issueElevatedToken(context: Context) {
  const now = context.clock.now();
  const token = `eat_${randomBytes(32).toString('base64url')}`;
  const expiresAt = addSeconds(now, context.config.elevatedTtlSeconds).toISOString();

  sql(
    context.db,
    `INSERT INTO elevated_tokens (token_hash, user_id, expires_at, created_at)
     VALUES (?, ?, ?, ?)`,
  ).run(sha256(token), context.viewer.userId, expiresAt, now.toISOString());
  return { elevatedAccessToken: token, expiresAt };
}

/** Ends every elevated access token of the viewer. */
export function revokeElevatedTokens(context: Context) {
  sql(
    context.db,
    'UPDATE elevated_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
  ).run(nowIso(context), context.viewer.userId);
}

/**
 * Null when `token` is a live elevated access token of the viewer; otherwise
 * the failure member a sensitive mutation answers with.
 */
export function elevatedAccessFailure(context: Context, token: string) {
  const row = sql(
    context.db,
    `SELECT expires_at AS expiresAt, revoked_at AS revokedAt
     FROM elevated_tokens WHERE token_hash = ? AND user_id = ?`,
  ).get(sha256(token), context.viewer.userId) as
    { expiresAt: string; revokedAt: string | null } | undefined;

  if (!row || row.revokedAt) {
    return {
      __typename: 'ElevatedAccessTokenInvalid',
      message: 'This elevated access token is not valid: verify your email again.',
    } as const;
  }
  if (row.expiresAt <= nowIso(context)) {
    return {
      __typename: 'ElevatedAccessTokenExpired',
      message: 'Your verification has expired: verify your email again.',
    } as const;
  }
  return null;
}

export const elevatedAccessResolvers = {
  Mutation: { sendVerificationCode, verifyCurrentEmail },
};
