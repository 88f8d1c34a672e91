import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModuleOptions, JwtService } from '@nestjs/jwt';
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

export interface AccessClaims {
  userId: string;
  /** The user's token version when issued. */
  tokenVersion: number;
}

/** Short-lived JWTs that name the user; role and status come from the users table (see AccessGuard). */
@Injectable()
export class AccessTokenService {
  readonly ttlSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    config: ConfigService,
  ) {
    this.ttlSeconds = config.getOrThrow<AuthConfig>('auth').accessTokenTtlSeconds;
  }

  issue(userId: string, tokenVersion: number): Promise<string> {
    return this.jwt.signAsync({ ver: tokenVersion }, { subject: userId });
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; ver?: unknown }>(token);
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
      return { userId: payload.sub, tokenVersion: payload.ver };
    } catch {
      return null;
    }
  }
}
