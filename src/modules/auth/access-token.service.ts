import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModuleOptions, JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { AuthConfig } from '../../config/auth.config';

const ISSUER = 'vision-telematics';
const AUDIENCE = 'vision-telematics-api';

/**
 * HS256 only, with issuer and audience checked: a token signed with another algorithm
 * (`none`, or RS256 with the secret as a public key) or minted for another service is refused.
 */
export function jwtOptions(config: ConfigService): JwtModuleOptions {
  const auth = config.getOrThrow<AuthConfig>('auth');
  return {
    // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a
    // public key and fails, which cost more than the signature check itself on every request.
    secret: createSecretKey(Buffer.from(auth.jwtSecret)),
    signOptions: { algorithm: 'HS256', expiresIn: auth.accessTokenTtlSeconds, issuer: ISSUER, audience: AUDIENCE },
    verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
  };
}

const isId = (value: unknown): value is string => typeof value === 'string' && isUUID(value);

export interface AccessClaims {
  userId: string;
  /** The user's token version when issued. */
  tokenVersion: number;
  /** The session (refresh-token family) the token was issued for: `sid`. */
  sessionId: string;
}

/**
 * Tokens verified before, by their text. A token's signature and claims never change, only
 * whether it has expired, so each is checked once (the HMAC and two JSON parses were 3–5 % of
 * an order page's CPU); revocation is not the token's business but the session's and the
 * user's (AccessGuard). Tokens that fail are not kept.
 */
const VERIFIED_TOKENS_KEPT = 5_000;

interface VerifiedToken {
  claims: AccessClaims;
  expiresAtMs: number;
}

/** Short-lived JWTs that name the user; role and status come from the users table (see AccessGuard). */
@Injectable()
export class AccessTokenService {
  readonly ttlSeconds: number;
  private readonly verified = new LRUCache<string, VerifiedToken>({ max: VERIFIED_TOKENS_KEPT });

  constructor(
    private readonly jwt: JwtService,
    config: ConfigService,
  ) {
    this.ttlSeconds = config.getOrThrow<AuthConfig>('auth').accessTokenTtlSeconds;
  }

  issue(userId: string, tokenVersion: number, sessionId: string): Promise<string> {
    return this.jwt.signAsync({ ver: tokenVersion, sid: sessionId }, { subject: userId });
  }

  /**
   * The claims of a valid, unexpired token; null for anything else. The library accepts a
   * token without `exp` for ever, so one is required here; `sub` and `sid` must be UUIDs,
   * as every user id and session is, before they reach a query.
   */
  async verify(token: string): Promise<AccessClaims | null> {
    const known = this.verified.get(token);
    // The library's own rule: expired once the clock's second reaches `exp`.
    if (known) return Date.now() < known.expiresAtMs ? { ...known.claims } : null;
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; ver?: unknown; sid?: unknown; exp?: unknown }>(token);
      if (typeof payload.exp !== 'number' || typeof payload.ver !== 'number') return null;
      if (!isId(payload.sub) || !isId(payload.sid)) return null;
      const claims = { userId: payload.sub, tokenVersion: payload.ver, sessionId: payload.sid };
      this.verified.set(token, { claims, expiresAtMs: payload.exp * 1000 });
      return { ...claims };
    } catch {
      return null;
    }
  }
}
