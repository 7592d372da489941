import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { elevate } from './elevate.js';
import { ADMIN, MEMBER, ORIGIN, startTestServer, type TestServer } from './harness.js';

const REGISTER_PASSKEY = /* GraphQL */ `
  mutation RegisterPasskey($input: RegisterPasskeyInput!) {
    registerPasskey(input: $input) {
      __typename
      ... on PasskeyRegistrationOptions {
        challengeId
        options
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

const VERIFY_PASSKEY = /* GraphQL */ `
  mutation VerifyPasskey($input: VerifyPasskeyInput!) {
    verifyPasskey(input: $input) {
      __typename
      ... on PasskeyVerified {
        success
        passkey {
          id
          name
          createdAt
          lastVerifiedAt
        }
      }
      ... on PasskeyVerificationFailed {
        message
      }
      ... on PasskeyChallengeNotFound {
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

const DELETE_PASSKEY = /* GraphQL */ `
  mutation DeletePasskey($input: DeletePasskeyInput!) {
    deletePasskey(input: $input) {
      __typename
      ... on PasskeyDeleted {
        success
      }
      ... on PasskeyNotFound {
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

const PASSKEYS = /* GraphQL */ `
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      updatedAt
      lastVerifiedAt
    }
  }
`;

const ZERO_AAGUID = Buffer.alloc(16);
const ICLOUD_AAGUID = Buffer.from('fbfc3007154e4ecc8c0b6e020557d7bd', 'hex');

/** What the page passes to the authenticator, and what may be tampered with on the way. */
interface Ceremony {
  challenge: string;
  origin?: string;
  rpId?: string;
  aaguid?: Buffer;
}

/**
 * A platform authenticator in software: makes a P-256 credential and answers
 * `navigator.credentials.create` with a "none" attestation, as a browser
 * would hand it to the page.
 */
class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  create({ challenge, origin = ORIGIN, rpId = 'localhost', aaguid = ZERO_AAGUID }: Ceremony) {
    const clientData = { type: 'webauthn.create', challenge, origin, crossOrigin: false };
    const attestation = isoCBOR.encode(
      new Map<string, Uint8Array | string | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', this.authenticatorData(rpId, aaguid)],
      ]),
    );
    const id = this.credentialId.toString('base64url');

    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: Buffer.from(JSON.stringify(clientData)).toString('base64url'),
        attestationObject: Buffer.from(attestation).toString('base64url'),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** rpIdHash, flags UP|UV|AT, a zero counter and the attested credential. */
  private authenticatorData(rpId: string, aaguid: Buffer) {
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);

    return new Uint8Array(
      Buffer.concat([
        createHash('sha256').update(rpId).digest(),
        Buffer.from([0x01 | 0x04 | 0x40]),
        Buffer.alloc(4),
        aaguid,
        idLength,
        this.credentialId,
        this.coseKey(),
      ]),
    );
  }

  /** The public key as a COSE EC2 key: ES256 on P-256. */
  private coseKey() {
    const { x, y } = this.keys.publicKey.export({ format: 'jwk' });
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, new Uint8Array(Buffer.from(x!, 'base64url'))],
        [-3, new Uint8Array(Buffer.from(y!, 'base64url'))],
      ]),
    );
  }
}

// Each test registers or deletes passkeys and spends email quota: each gets a fresh server.
let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

async function signIn(email = MEMBER) {
  const token = await server.tokenFor(email);
  return { token, elevated: await elevate(server, token) };
}

async function register(token: string, elevatedAccessToken: string) {
  const { registerPasskey } = await server.data(token, REGISTER_PASSKEY, {
    input: { elevatedAccessToken },
  });
  return registerPasskey;
}

async function verify(
  token: string,
  input: { challengeId: string; elevatedAccessToken: string; response: unknown; name?: string },
) {
  const { verifyPasskey } = await server.data(token, VERIFY_PASSKEY, { input });
  return verifyPasskey;
}

async function remove(token: string, passkeyId: string, elevatedAccessToken: string) {
  const { deletePasskey } = await server.data(token, DELETE_PASSKEY, {
    input: { passkeyId, elevatedAccessToken },
  });
  return deletePasskey;
}

async function passkeys(token: string) {
  return (await server.data(token, PASSKEYS)).passkeys as { id: string; name: string }[];
}

/** MEMBER, a fresh registration ceremony, and an authenticator to answer it. */
async function ceremony() {
  const { token, elevated } = await signIn();
  const { challengeId, options } = await register(token, elevated);
  return { token, elevated, challengeId, options, authenticator: new SoftAuthenticator() };
}

/** MEMBER with one passkey saved. */
async function memberWithPasskey() {
  const { token, elevated, challengeId, options, authenticator } = await ceremony();
  const response = authenticator.create({ challenge: options.challenge });
  const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
  assert.equal(result.__typename, 'PasskeyVerified');
  return { token, elevated, passkey: result.passkey, authenticator };
}

describe('registerPasskey', () => {
  it('returns creation options for the page origin', async () => {
    const { token, elevated } = await signIn();
    const result = await register(token, elevated);

    assert.equal(result.__typename, 'PasskeyRegistrationOptions');
    assert.match(result.challengeId, /^auth_challenge_/);
    const { options } = result;
    assert.match(options.challenge, /^[A-Za-z0-9_-]{20,}$/);
    assert.deepEqual(options.rp, { id: 'localhost', name: 'Acme' });
    assert.equal(options.user.name, MEMBER);
    assert.equal(options.user.displayName, 'Theo Nakamura');
    assert.ok(options.pubKeyCredParams.some((p: { alg: number }) => p.alg === -7));
    assert.equal(options.attestation, 'none');
    assert.deepEqual(options.excludeCredentials, []);
  });

  it('gives each ceremony its own challenge', async () => {
    const { token, elevated } = await signIn();
    const first = await register(token, elevated);
    const second = await register(token, elevated);

    assert.notEqual(second.challengeId, first.challengeId);
    assert.notEqual(second.options.challenge, first.options.challenge);
  });

  it('excludes the passkeys the user already has', async () => {
    const { token, elevated } = await signIn(ADMIN);
    const seeded = server.db
      .prepare('SELECT credential_id FROM passkeys WHERE user_id = ?')
      .pluck()
      .all(server.user(ADMIN).id);

    const { options } = await register(token, elevated);
    assert.equal(seeded.length, 1);
    assert.deepEqual(
      options.excludeCredentials.map((c: { id: string }) => c.id),
      seeded,
    );
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const result = await register(await server.tokenFor(MEMBER), 'eat_made-up');
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
  });

  it('answers ElevatedAccessTokenExpired after ten minutes', async () => {
    const { elevated } = await signIn();
    server.clock.advance(601);

    const result = await register(await server.tokenFor(MEMBER), elevated);
    assert.equal(result.__typename, 'ElevatedAccessTokenExpired');
  });

  it('is refused while the environment has passkeys turned off', async () => {
    const { token, elevated } = await signIn();
    server.db
      .prepare(`UPDATE settings SET value = json_set(value, '$.passkeyAuthEnabled', json('false'))`)
      .run();

    const result = await server.graphql(token, REGISTER_PASSKEY, {
      input: { elevatedAccessToken: elevated },
    });
    assert.equal(result.status, 403);
    assert.equal(result.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});

describe('verifyPasskey', () => {
  it("saves the authenticator's credential", async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyVerified');
    assert.equal(result.success, true);
    assert.match(result.passkey.id, /^passkey_/);
    assert.equal(result.passkey.name, 'Passkey');
    assert.equal(result.passkey.lastVerifiedAt, null);
  });

  it('stores the credential ID and public key', async () => {
    const { passkey, authenticator } = await memberWithPasskey();
    const row = server.db
      .prepare('SELECT credential_id AS credentialId, public_key AS key FROM passkeys WHERE id = ?')
      .get(passkey.id) as { credentialId: string; key: Buffer };

    assert.equal(row.credentialId, authenticator.credentialId.toString('base64url'));
    assert.ok(row.key.length > 64);
  });

  it('lists the new passkey', async () => {
    const { token, passkey } = await memberWithPasskey();
    const listed = await passkeys(token);
    assert.deepEqual(
      listed.map((p) => [p.id, p.name]),
      [[passkey.id, 'Passkey']],
    );
  });

  it('lists passkeys newest first', async () => {
    const { token, elevated, passkey: first } = await memberWithPasskey();
    const { challengeId, options } = await register(token, elevated);
    const response = new SoftAuthenticator().create({ challenge: options.challenge });
    const input = { challengeId, elevatedAccessToken: elevated, response };
    const { passkey: second } = await verify(token, input);

    const listed = await passkeys(token);
    assert.deepEqual(
      listed.map((p) => p.id),
      [second.id, first.id],
    );
  });

  it('uses the name given', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });

    const input = { challengeId, elevatedAccessToken: elevated, response, name: '  Work laptop ' };
    const result = await verify(token, input);
    assert.equal(result.passkey.name, 'Work laptop');
    assert.equal((await passkeys(token))[0]?.name, 'Work laptop');
  });

  it('keeps the first 100 characters of a long name', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });

    const input = { challengeId, elevatedAccessToken: elevated, response, name: 'k'.repeat(150) };
    const result = await verify(token, input);
    assert.equal(result.passkey.name, 'k'.repeat(100));
  });

  it('names a known authenticator after its AAGUID', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge, aaguid: ICLOUD_AAGUID });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.passkey.name, 'iCloud Keychain');
  });

  it('answers a replayed challenge with PasskeyChallengeNotFound', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });
    const input = { challengeId, elevatedAccessToken: elevated, response };
    assert.equal((await verify(token, input)).__typename, 'PasskeyVerified');

    const replay = await verify(token, input);
    assert.equal(replay.__typename, 'PasskeyChallengeNotFound');
    assert.ok(replay.message);
    assert.equal((await passkeys(token)).length, 1);
  });

  it('answers PasskeyVerificationFailed for another origin', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const origin = 'https://evil.example';
    const response = authenticator.create({ challenge: options.challenge, origin });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyVerificationFailed');
    assert.ok(result.message);
    assert.deepEqual(await passkeys(token), []);
  });

  it('answers PasskeyVerificationFailed for another challenge', async () => {
    const { token, elevated, challengeId, authenticator } = await ceremony();
    const challenge = randomBytes(32).toString('base64url');
    const response = authenticator.create({ challenge });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyVerificationFailed');
    assert.deepEqual(await passkeys(token), []);
  });

  it('answers PasskeyVerificationFailed for another relying party', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge, rpId: 'evil.example' });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyVerificationFailed');
  });

  it('answers PasskeyVerificationFailed for a malformed response', async () => {
    const { token, elevated, challengeId } = await ceremony();
    for (const response of [{}, 'not a credential', { id: 'x', response: {} }]) {
      const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
      assert.equal(result.__typename, 'PasskeyVerificationFailed', JSON.stringify(response));
    }
  });

  it('answers PasskeyVerificationFailed for a credential already saved', async () => {
    const { token, elevated, authenticator } = await memberWithPasskey();
    const { challengeId, options } = await register(token, elevated);
    const response = authenticator.create({ challenge: options.challenge });

    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyVerificationFailed');
    assert.equal((await passkeys(token)).length, 1);
  });

  it('answers PasskeyChallengeNotFound for an expired challenge', async () => {
    const { token, elevated, challengeId, options, authenticator } = await ceremony();
    server.clock.advance(301);

    const response = authenticator.create({ challenge: options.challenge });
    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyChallengeNotFound');
    assert.deepEqual(await passkeys(token), []);
  });

  it("answers PasskeyChallengeNotFound for another user's challenge", async () => {
    const { challengeId, options, authenticator } = await ceremony();
    const admin = await signIn(ADMIN);

    const response = authenticator.create({ challenge: options.challenge });
    const input = { challengeId, elevatedAccessToken: admin.elevated, response };
    const result = await verify(admin.token, input);
    assert.equal(result.__typename, 'PasskeyChallengeNotFound');
    assert.equal((await passkeys(admin.token)).length, 1);
  });

  it('answers PasskeyChallengeNotFound for an unknown challenge', async () => {
    const { token, elevated, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });

    const challengeId = 'auth_challenge_01JAAAAAAAAAAAAAAAAAAAAAAA';
    const result = await verify(token, { challengeId, elevatedAccessToken: elevated, response });
    assert.equal(result.__typename, 'PasskeyChallengeNotFound');
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const { token, challengeId, options, authenticator } = await ceremony();
    const response = authenticator.create({ challenge: options.challenge });

    const input = { challengeId, elevatedAccessToken: 'eat_made-up', response };
    const result = await verify(token, input);
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
    assert.deepEqual(await passkeys(token), []);
  });
});

describe('deletePasskey', () => {
  it('deletes the passkey', async () => {
    const { token, elevated, passkey } = await memberWithPasskey();

    const result = await remove(token, passkey.id, elevated);
    assert.equal(result.__typename, 'PasskeyDeleted');
    assert.equal(result.success, true);
    assert.deepEqual(await passkeys(token), []);
  });

  it('answers PasskeyNotFound the second time', async () => {
    const { token, elevated, passkey } = await memberWithPasskey();
    await remove(token, passkey.id, elevated);

    const again = await remove(token, passkey.id, elevated);
    assert.equal(again.__typename, 'PasskeyNotFound');
    assert.ok(again.message);
  });

  it("answers PasskeyNotFound for another user's passkey", async () => {
    const adminToken = await server.tokenFor(ADMIN);
    const [seeded] = await passkeys(adminToken);
    assert.ok(seeded, 'the seeded admin has a passkey');

    const { token, elevated } = await signIn();
    const result = await remove(token, seeded.id, elevated);
    assert.equal(result.__typename, 'PasskeyNotFound');
    assert.deepEqual(await passkeys(adminToken), [seeded]);
  });

  it("deletes the seeded admin's passkey for the admin", async () => {
    const { token, elevated } = await signIn(ADMIN);
    const [seeded] = await passkeys(token);

    assert.equal((await remove(token, seeded!.id, elevated)).__typename, 'PasskeyDeleted');
    assert.deepEqual(await passkeys(token), []);
  });

  it('answers ElevatedAccessTokenInvalid for a made-up token', async () => {
    const { token, passkey } = await memberWithPasskey();

    const result = await remove(token, passkey.id, 'eat_made-up');
    assert.equal(result.__typename, 'ElevatedAccessTokenInvalid');
    assert.equal((await passkeys(token)).length, 1);
  });
});
