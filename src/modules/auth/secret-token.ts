import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: refresh tokens and API keys. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 of a secret, the only form stored. The secrets are random rather than chosen by
 * people, so a fast hash suffices, and the row is found by an indexed lookup of the digest.
 */
export function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
