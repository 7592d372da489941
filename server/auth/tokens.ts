import { createHmac, createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { Clock } from '../clock.js';

/** What a widget token says: who, where, from which origins, until when. */
export interface WidgetClaims {
  userId: string;
  organizationId: string;
  sessionId: string;
  /** The user's permissions in the organization when the token was minted. */
  permissions: string[];
  /** Origins whose pages may use the token. */
  origins: string[];
  tokenId: string;
  expiresAt: Date;
}

const ISSUER = 'urn:workos-widgets:local';
const AUDIENCE = 'urn:workos-widgets:client';

/**
 * Signs and checks widget tokens: HS256 JWTs whose key is derived from the
 * API key, so tokens stay valid across restarts and die with a key change.
 */
export class TokenSigner {
  /** Prepared once: importing raw key bytes at every check costs more than the check. */
  private readonly key: KeyObject;

  constructor(
    apiKey: string,
    private readonly clock: Clock,
  ) {
    this.key = createSecretKey(
      createHmac('sha256', apiKey).update('widget-token-signing-key').digest(),
    );
  }

  async sign(claims: Omit<WidgetClaims, 'tokenId' | 'expiresAt'>, ttlSeconds: number) {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + ttlSeconds;

    const token = await new SignJWT({
      org_id: claims.organizationId,
      sid: claims.sessionId,
      permissions: claims.permissions,
      origins: claims.origins,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(claims.userId)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);

    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The token's claims, or a reason it is refused. */
  async verify(token: string): Promise<WidgetClaims | { refused: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp', 'jti'],
      });

      return {
        userId: String(payload.sub),
        organizationId: String(payload.org_id),
        sessionId: String(payload.sid),
        permissions: stringList(payload.permissions),
        origins: stringList(payload.origins),
        tokenId: String(payload.jti),
        expiresAt: new Date(payload.exp! * 1000),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        return { refused: 'The token has expired: ask the host application for a new one.' };
      }
      return {
        refused: 'The token is not valid: it is malformed, altered or signed with another key.',
      };
    }
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
