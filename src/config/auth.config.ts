import { ConfigType, registerAs } from '@nestjs/config';

export const authConfig = registerAs('auth', () => ({
  /** Validated at boot: required in production, a development default elsewhere. */
  jwtSecret: process.env.JWT_SECRET!,
  accessTokenTtlSeconds: Number(process.env.ACCESS_TOKEN_TTL_SECONDS ?? 900),
  refreshTokenTtlDays: Number(process.env.REFRESH_TOKEN_TTL_DAYS ?? 14),
  /** Created at start-up when no user exists yet. */
  firstAdmin:
    process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD
      ? { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
      : null,
}));

export type AuthConfig = ConfigType<typeof authConfig>;
