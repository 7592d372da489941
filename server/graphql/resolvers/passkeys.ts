import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
  type VerifiedRegistrationResponse,
} from '@simplewebauthn/server';
import { newId } from '../../db/ids.js';
import { sql } from '../../db/statements.js';
import { nowIso, transaction, type Context } from '../context.js';
import {
  createChallenge,
  elevatedAccessFailure,
  findChallenge,
  useChallenge,
} from './elevated-access.js';
import { requireSetting } from './totp.js';

/** How long the browser has to complete the WebAuthn ceremony. */
const CEREMONY_TTL_SECONDS = 300;

/** Names of common authenticators, by the AAGUID they report. */
const AUTHENTICATOR_NAMES: Record<string, string> = {
  'fbfc3007-154e-4ecc-8c0b-6e020557d7bd': 'iCloud Keychain',
  'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4': 'Google Password Manager',
  'adce0002-35bc-c60a-648b-0b25f1f05503': 'Chrome on Mac',
  '08987058-cadc-4b81-b6e1-30de50dcbe96': 'Windows Hello',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': 'Windows Hello',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': 'Windows Hello',
  'bada5566-a7aa-401f-bd96-45619a55120d': '1Password',
  'd548826e-79b4-db40-a3d8-11116f7e8349': 'Bitwarden',
};

const PASSKEY_COLUMNS = `id, name, created_at AS createdAt, updated_at AS updatedAt,
  last_verified_at AS lastVerifiedAt`;

function passkeys(_: unknown, __: unknown, context: Context) {
  return sql(
    context.db,
    `SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE user_id = ? ORDER BY created_at DESC, id DESC`,
  ).all(context.viewer.userId);
}

/**
 * The relying party is the page's host: passkeys belong to the host application.
 * Browsers refuse an IP address as relying party ID, so a page served from
 * 127.0.0.1 cannot register a passkey; serve it from localhost instead.
 */
function relyingParty(context: Context) {
  return { rpID: new URL(context.origin).hostname, origin: context.origin };
}

async function registerPasskey(
  _: unknown,
  { input }: { input: { elevatedAccessToken: string } },
  context: Context,
) {
  requireSetting(context, 'passkeyAuthEnabled');
  const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
  if (denied) return denied;

  const user = sql(
    context.db,
    `SELECT u.email, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) AS name,
       o.name AS organization
     FROM users u, organizations o WHERE u.id = ? AND o.id = ?`,
  ).get(context.viewer.userId, context.viewer.organizationId) as {
    email: string;
    name: string;
    organization: string;
  };
  const existing = sql(
    context.db,
    'SELECT credential_id AS id FROM passkeys WHERE user_id = ?',
  ).all(context.viewer.userId) as { id: string }[];
  const { rpID, origin } = relyingParty(context);

  const options = await generateRegistrationOptions({
    rpName: user.organization,
    rpID,
    userName: user.email,
    userDisplayName: user.name || user.email,
    userID: new TextEncoder().encode(context.viewer.userId),
    attestationType: 'none',
    excludeCredentials: existing,
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });

  const challenge = transaction(context, () =>
    createChallenge(context, 'passkey', {
      payload: { challenge: options.challenge, rpID, origin },
      ttlSeconds: CEREMONY_TTL_SECONDS,
    }),
  );
  return { __typename: 'PasskeyRegistrationOptions', challengeId: challenge.id, options };
}

interface VerifyPasskeyInput {
  challengeId: string;
  elevatedAccessToken: string;
  response: unknown;
  name?: string | null;
}

async function verifyPasskey(
  _: unknown,
  { input }: { input: VerifyPasskeyInput },
  context: Context,
) {
  requireSetting(context, 'passkeyAuthEnabled');
  const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
  if (denied) return denied;

  const challenge = findChallenge(context, 'passkey', input.challengeId);
  if (!challenge || challenge.usedAt || challenge.expiresAt <= nowIso(context)) {
    return challengeNotFound('This passkey registration has ended: start again.');
  }

  const checked = await checkResponse(challenge.payload!, input.response);
  if ('failure' in checked) return verificationFailed(checked.failure);

  return transaction(context, () => {
    // A second answer to the same challenge, raced with the first, loses here.
    if (findChallenge(context, 'passkey', input.challengeId)?.usedAt) {
      return challengeNotFound('This registration was already used.');
    }
    if (credentialRegistered(context, checked.info.credential.id)) {
      return verificationFailed('this credential is already registered');
    }
    useChallenge(context, input.challengeId);

    const { aaguid, credential } = checked.info;
    const name = input.name?.trim().slice(0, 100) || AUTHENTICATOR_NAMES[aaguid] || 'Passkey';
    const passkey = savePasskey(context, name, credential);
    return { __typename: 'PasskeyVerified', success: true, passkey };
  });
}

type RegistrationInfo = NonNullable<VerifiedRegistrationResponse['registrationInfo']>;

/** Checks a RegistrationResponseJSON against what the challenge expects. */
async function checkResponse(
  payload: string,
  response: unknown,
): Promise<{ info: RegistrationInfo } | { failure: string }> {
  const expected = JSON.parse(payload) as { challenge: string; rpID: string; origin: string };
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: response as RegistrationResponseJSON,
      expectedChallenge: expected.challenge,
      expectedOrigin: expected.origin,
      expectedRPID: expected.rpID,
      requireUserVerification: false,
    });
    if (!verified || !registrationInfo) return { failure: 'the response does not verify' };
    return { info: registrationInfo };
  } catch (error) {
    // A JavaScript error's message tells of the library's code, not of the response.
    const internal = error instanceof TypeError || error instanceof RangeError;
    return { failure: internal ? 'the response is malformed' : (error as Error).message };
  }
}

function challengeNotFound(message: string) {
  return { __typename: 'PasskeyChallengeNotFound', message };
}

function verificationFailed(reason: string) {
  const message = `The passkey was not accepted: ${reason}`;
  return { __typename: 'PasskeyVerificationFailed', message };
}

/**
 * Whether any user already holds this credential. Browsers skip the excluded
 * credentials, but a response may still carry one.
 */
function credentialRegistered(context: Context, credentialId: string) {
  return Boolean(
    sql(context.db, 'SELECT 1 FROM passkeys WHERE credential_id = ?').get(credentialId),
  );
}

function savePasskey(
  context: Context,
  name: string,
  credential: { id: string; publicKey: Uint8Array; counter: number; transports?: string[] },
) {
  const now = context.clock.now();
  const id = newId('passkey', now);
  sql(
    context.db,
    `INSERT INTO passkeys (id, user_id, name, credential_id, public_key, counter, transports,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    context.viewer.userId,
    name,
    credential.id,
    Buffer.from(credential.publicKey),
    credential.counter,
    JSON.stringify(credential.transports ?? []),
    now.toISOString(),
    now.toISOString(),
  );
  return sql(context.db, `SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE id = ?`).get(id);
}

function deletePasskey(
  _: unknown,
  { input }: { input: { passkeyId: string; elevatedAccessToken: string } },
  context: Context,
) {
  return transaction(context, () => {
    const denied = elevatedAccessFailure(context, input.elevatedAccessToken);
    if (denied) return denied;

    const deleted = sql(context.db, 'DELETE FROM passkeys WHERE id = ? AND user_id = ?').run(
      input.passkeyId,
      context.viewer.userId,
    );
    if (!deleted.changes) {
      return { __typename: 'PasskeyNotFound', message: 'You have no passkey with this ID.' };
    }
    return { __typename: 'PasskeyDeleted', success: true };
  });
}

export const passkeysResolvers = {
  Query: { passkeys },
  Mutation: { registerPasskey, verifyPasskey, deletePasskey },
};
