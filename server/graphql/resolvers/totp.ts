import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { newId } from '../../db/ids.js';
import { sql } from '../../db/statements.js';
import { refusal } from '../../http/errors.js';
import { nowIso, transaction, type Context } from '../context.js';
import {
  createChallenge,
  elevatedAccessFailure,
  findChallenge,
  MAX_ATTEMPTS,
  useChallenge,
} from './elevated-access.js';

/** How long an enrollment waits for its first code. */
const ENROLLMENT_TTL_SECONDS = 900;

/** Refuses when the environment does not offer this sign-in method. */
export function requireSetting(context: Context, setting: 'mfaEnabled' | 'passkeyAuthEnabled') {
  const row = sql(context.db, `SELECT value FROM settings WHERE key = 'authentication'`).get() as {
    value: string;
  };
  if (!JSON.parse(row.value)[setting]) {
    throw refusal('FORBIDDEN', `This environment has ${setting} turned off.`);
  }
}

function totpFor(secret: Secret, label: string, issuer: string) {
  return new TOTP({ issuer, label, secret, algorithm: 'SHA1', digits: 6, period: 30 });
}

function mfaFactors(_: unknown, __: unknown, context: Context) {
  return sql(
    context.db,
    `SELECT id, type, created_at AS createdAt, last_used_at AS lastUsedAt
     FROM mfa_factors WHERE user_id = ? AND verified = 1 ORDER BY created_at`,
  ).all(context.viewer.userId);
}

async function enrollTotp(
  _: unknown,
  { input }: { input: { elevatedAccessToken: string } },
  context: Context,
) {
  requireSetting(context, 'mfaEnabled');
  const { email, organization } = sql(
    context.db,
    `SELECT u.email, o.name AS organization FROM users u, organizations o
     WHERE u.id = ? AND o.id = ?`,
  ).get(context.viewer.userId, context.viewer.organizationId) as {
    email: string;
    organization: string;
  };
  const secret = new Secret({ size: 20 });
  const uri = totpFor(secret, email, organization).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1 });

  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;
    if (hasVerifiedFactor(context)) {
      return {
        __typename: 'TotpAlreadyEnrolled',
        message: 'An authenticator app is already on: remove it before adding another.',
      };
    }

    const factorId = saveUnverifiedFactor(context, secret.base32);
    const challenge = createChallenge(context, 'totp', {
      payload: { factorId },
      ttlSeconds: ENROLLMENT_TTL_SECONDS,
    });
    return {
      __typename: 'TotpFactor',
      authenticationChallengeId: challenge.id,
      authenticationFactorId: factorId,
      qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      secret: secret.base32,
      uri,
    };
  });
}

function hasVerifiedFactor(context: Context) {
  return Boolean(
    sql(context.db, 'SELECT 1 FROM mfa_factors WHERE user_id = ? AND verified = 1').get(
      context.viewer.userId,
    ),
  );
}

/** Stores the factor to verify, replacing an enrollment left unfinished. */
function saveUnverifiedFactor(context: Context, secret: string) {
  const now = context.clock.now();
  const id = newId('auth_factor', now);
  sql(context.db, 'DELETE FROM mfa_factors WHERE user_id = ? AND verified = 0').run(
    context.viewer.userId,
  );
  sql(
    context.db,
    `INSERT INTO mfa_factors (id, user_id, type, secret, verified, created_at, updated_at)
     VALUES (?, ?, 'totp', ?, 0, ?, ?)`,
  ).run(id, context.viewer.userId, secret, now.toISOString(), now.toISOString());
  return id;
}

interface VerifyTotpInput {
  authenticationChallengeId: string;
  code: string;
  elevatedAccessToken: string;
}

function verifyTotp(_: unknown, { input }: { input: VerifyTotpInput }, context: Context) {
  requireSetting(context, 'mfaEnabled');

  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;

    const challenge = findChallenge(context, 'totp', input.authenticationChallengeId);
    if (!challenge || challenge.usedAt || challenge.expiresAt <= nowIso(context)) {
      return verificationFailed('This enrollment has ended: start again.');
    }
    if (challenge.attempts >= MAX_ATTEMPTS) {
      return verificationFailed('Too many wrong codes: start again.');
    }

    const { factorId } = JSON.parse(challenge.payload!) as { factorId: string };
    const factor = sql(
      context.db,
      'SELECT secret FROM mfa_factors WHERE id = ? AND user_id = ? AND verified = 0',
    ).get(factorId, context.viewer.userId) as { secret: string } | undefined;
    if (!factor) return verificationFailed('This enrollment has ended: start again.');

    if (!codeMatches(context, factor.secret, input.code)) {
      const countAttempt = 'UPDATE challenges SET attempts = attempts + 1 WHERE id = ?';
      sql(context.db, countAttempt).run(challenge.id);
      return verificationFailed('This code is not right: enter the one your app shows now.');
    }

    useChallenge(context, challenge.id);
    const now = nowIso(context);
    sql(
      context.db,
      'UPDATE mfa_factors SET verified = 1, last_used_at = ?, updated_at = ? WHERE id = ?',
    ).run(now, now, factorId);
    return { __typename: 'TotpVerified', success: true };
  });
}

/** Accepts the current code and its neighbours, for clocks that drift. */
function codeMatches(context: Context, secret: string, code: string) {
  const totp = totpFor(Secret.fromBase32(secret), 'user', 'widgets');
  const token = code.replace(/\s/g, '');
  return totp.validate({ token, timestamp: context.clock.now().getTime(), window: 1 }) !== null;
}

function verificationFailed(message: string) {
  return { __typename: 'TotpVerificationFailed', message };
}

function removeMfaFactor(
  _: unknown,
  { input }: { input: { elevatedAccessToken: string } },
  context: Context,
) {
  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;
    if (!hasVerifiedFactor(context)) {
      return { __typename: 'NoMfaFactorsEnrolled', message: 'No authenticator app is on.' };
    }

    sql(context.db, 'DELETE FROM mfa_factors WHERE user_id = ?').run(context.viewer.userId);
    return { __typename: 'MfaFactorRemoved', success: true };
  });
}

export const totpResolvers = {
  Query: { mfaFactors },
  Mutation: { enrollTotp, verifyTotp, removeMfaFactor },
};
