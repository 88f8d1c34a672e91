import { ConfigType, registerAs } from '@nestjs/config';

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** A size such as `100kb`: bytes, or kilo- and megabytes of 1 024. */
export const BYTE_SIZE = /^(\d+)(b|kb|mb)$/i;
const BYTES_PER_UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

function byteSize(value: string): number {
  const match = BYTE_SIZE.exec(value);
  if (!match) throw new Error(`Invalid configuration — BODY_LIMIT: ${value} is not a size in b, kb or mb`);
  return Number(match[1]) * BYTES_PER_UNIT[match[2].toLowerCase()];
}

export const httpConfig = registerAs('http', () => ({
  /** Browser origins allowed to call the API; empty means same-origin only. */
  corsOrigins: listOf(process.env.CORS_ORIGINS),
  /** Largest accepted request body, in bytes. */
  bodyLimit: byteSize(process.env.BODY_LIMIT ?? '100kb'),
  /**
   * Compress responses of at least this many bytes for clients that accept it (brotli, else
   * gzip); 0 turns compression off, for a proxy in front that compresses.
   */
  compressionThresholdBytes: Number(process.env.HTTP_COMPRESSION_THRESHOLD_BYTES ?? 1024),
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
  /** Sign-in attempts per client address, whatever the e-mail: slows password spraying. */
  loginAddressRateLimit: {
    max: Number(process.env.LOGIN_ADDRESS_RATE_LIMIT_MAX ?? 30),
    windowSeconds: Number(process.env.LOGIN_ADDRESS_RATE_LIMIT_WINDOW_SECONDS ?? 900),
  },
  /** Requests per client address to customers' appointment links (`/appointments/{token}…`), all of them together. */
  customerLinkRateLimit: {
    max: Number(process.env.CUSTOMER_LINK_RATE_LIMIT_MAX ?? 30),
    windowSeconds: Number(process.env.CUSTOMER_LINK_RATE_LIMIT_WINDOW_SECONDS ?? 60),
  },
}));

export type HttpConfig = ConfigType<typeof httpConfig>;
