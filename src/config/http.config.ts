import { ConfigType, registerAs } from '@nestjs/config';

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export const httpConfig = registerAs('http', () => ({
  /** Browser origins allowed to call the API; empty means same-origin only. */
  corsOrigins: listOf(process.env.CORS_ORIGINS),
  bodyLimit: process.env.BODY_LIMIT ?? '100kb',
  /** Reverse proxies in front of the app, so rate limits key on the client's address, not the proxy's. */
  trustProxyHops: Number(process.env.TRUST_PROXY_HOPS ?? 0),
  rateLimit: {
    max: Number(process.env.RATE_LIMIT_MAX ?? 300),
    windowSeconds: Number(process.env.RATE_LIMIT_WINDOW_SECONDS ?? 60),
  },
  loginRateLimit: {
    max: Number(process.env.LOGIN_RATE_LIMIT_MAX ?? 10),
    windowSeconds: Number(process.env.LOGIN_RATE_LIMIT_WINDOW_SECONDS ?? 900),
  },
}));

export type HttpConfig = ConfigType<typeof httpConfig>;
