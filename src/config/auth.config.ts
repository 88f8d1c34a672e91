import { ConfigType, registerAs } from '@nestjs/config';

export const authConfig = registerAs('auth', () => ({
  /** Validated at boot: required in production, a development default elsewhere. */
  jwtSecret: process.env.JWT_SECRET!,
  accessTokenTtlSeconds: Number(process.env.ACCESS_TOKEN_TTL_SECONDS ?? 900),
  refreshTokenTtlDays: Number(process.env.REFRESH_TOKEN_TTL_DAYS ?? 14),
  /** How long a request may reuse the caller's user row; 0 reads it on every request. */
  userCacheTtlSeconds: Number(process.env.USER_CACHE_TTL_SECONDS ?? 5),
  /** Created at start-up when no user exists yet. */
  firstAdmin:
    process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD
      ? {
          email: process.env.ADMIN_EMAIL,
          // Named after the address's local part unless ADMIN_NAME says otherwise, as existing users were.
          name: process.env.ADMIN_NAME?.trim() || process.env.ADMIN_EMAIL.split('@')[0]!,
          password: process.env.ADMIN_PASSWORD,
        }
      : null,
}));

export type AuthConfig = ConfigType<typeof authConfig>;
