import { newCode } from '../../db/ids.js';
import { sql } from '../../db/statements.js';
import { isEmailAddress, sendEmail } from '../../email.js';
import { nowIso, transaction, type Context } from '../context.js';
import { loadUser } from './account.js';
import {
  CODE_TTL_SECONDS,
  checkCode,
  createChallenge,
  elevatedAccessFailure,
  issueElevatedToken,
  quotaExceeded,
  revokeElevatedTokens,
  useChallenge,
  type Challenge,
} from './elevated-access.js';

interface SendEmailChangeInput {
  elevatedAccessToken: string;
  newEmail: string;
}

function sendEmailChange(_: unknown, { input }: { input: SendEmailChangeInput }, context: Context) {
  const newEmail = input.newEmail.trim();

  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;

    const user = sql(
      context.db,
      'SELECT email, email_managed_by_provider AS managed FROM users WHERE id = ?',
    ).get(context.viewer.userId) as { email: string; managed: number };
    if (user.managed) {
      return {
        __typename: 'EmailManagedByProvider',
        message: 'Your identity provider manages your email address: change it there.',
      };
    }
    if (!isEmailAddress(newEmail)) {
      return { __typename: 'InvalidEmail', message: `"${newEmail}" is not an email address.` };
    }
    if (!addressAvailable(context, newEmail)) {
      return {
        __typename: 'EmailNotAvailable',
        message: `${newEmail} cannot be used: it is your current address or another account's.`,
      };
    }
    const refused = quotaExceeded(context);
    if (refused) return refused;

    return startChange(context, newEmail);
  });
}

function addressAvailable(context: Context, email: string) {
  return !sql(context.db, 'SELECT 1 FROM users WHERE email = ?').get(email);
}

/** Replaces any change in progress with one to `newEmail`, and mails its code. */
function startChange(context: Context, newEmail: string) {
  sql(
    context.db,
    `UPDATE challenges SET used_at = ?
     WHERE user_id = ? AND kind = 'change_email' AND used_at IS NULL`,
  ).run(nowIso(context), context.viewer.userId);

  const code = newCode();
  const challenge = createChallenge(context, 'change_email', {
    code,
    payload: { newEmail },
    ttlSeconds: CODE_TTL_SECONDS,
  });
  sendEmail(context.db, context.clock, {
    to: newEmail,
    userId: context.viewer.userId,
    kind: 'email_change_code',
    subject: `Your code to confirm ${newEmail} is ${code}`,
    body: `Enter ${code} to make ${newEmail} your sign-in address. The code works for ten minutes.`,
    data: { code, newEmail },
  });
  return { __typename: 'EmailChangeSent', expiresAt: challenge.expiresAt };
}

/** The viewer's newest email change, whether or not it is still open. */
function latestChange(context: Context) {
  return sql(
    context.db,
    `SELECT id, code_hash AS codeHash, payload, attempts, expires_at AS expiresAt,
       used_at AS usedAt
     FROM challenges WHERE user_id = ? AND kind = 'change_email'
     ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  ).get(context.viewer.userId) as Challenge | undefined;
}

const CODE_FAILURES = {
  used: ['VerificationCodePreviouslyUsed', 'This code was already used.'],
  locked: ['VerificationTooManyAttempts', 'Too many wrong codes: start the change again.'],
  expired: ['EmailChangeCodeExpired', 'This code has expired: start the change again.'],
  incorrect: ['EmailChangeCodeIncorrect', 'This code is not right; check the email and try again.'],
} as const;

interface ConfirmEmailChangeInput {
  elevatedAccessToken: string;
  code: string;
}

function confirmEmailChange(
  _: unknown,
  { input }: { input: ConfirmEmailChangeInput },
  context: Context,
) {
  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;

    const change = latestChange(context);
    if (!change) {
      return {
        __typename: 'EmailChangeNotStarted',
        message: 'No email change is waiting for a code: enter the new address first.',
      };
    }
    const outcome = checkCode(context, change, input.code);
    if (outcome !== 'correct') {
      const [typename, message] = CODE_FAILURES[outcome];
      return { __typename: typename, message };
    }

    const { newEmail } = JSON.parse(change.payload!) as { newEmail: string };
    if (!addressAvailable(context, newEmail)) {
      return { __typename: 'EmailNotAvailable', message: `${newEmail} was taken meanwhile.` };
    }
    return finishChange(context, change.id, newEmail);
  });
}

/**
 * Moves the user to the new address. What was proven with the old one ends:
 * elevated tokens, and codes mailed there that nobody has entered yet.
 */
function finishChange(context: Context, challengeId: string, newEmail: string) {
  const now = nowIso(context);
  useChallenge(context, challengeId);
  sql(
    context.db,
    'UPDATE users SET email = ?, email_verified = 1, updated_at = ? WHERE id = ?',
  ).run(newEmail, now, context.viewer.userId);
  sql(
    context.db,
    `UPDATE challenges SET expires_at = @now
     WHERE user_id = @user AND kind = 'verify_email' AND used_at IS NULL AND expires_at > @now`,
  ).run({ now, user: context.viewer.userId });
  revokeElevatedTokens(context);

  return {
    __typename: 'EmailChangeConfirmed',
    user: loadUser(context, context.viewer.userId),
    ...issueElevatedToken(context),
  };
}

export const emailChangeResolvers = {
  Mutation: { sendEmailChange, confirmEmailChange },
};
