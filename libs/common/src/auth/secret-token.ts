import { createHash, randomBytes } from 'node:crypto';

const SECRET_BYTES = 32;
/** base64url without padding: four characters per three bytes, rounded up. */
const SECRET_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((SECRET_BYTES * 4) / 3)}}$`);

/** 256 random bits, URL-safe: refresh tokens, API keys and the tokens of secret URLs. */
export function generateSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/**
 * Whether text could be a secret `generateSecret` made (43 base64url characters): anything
 * else is refused without a database read, and answered like an unknown secret.
 */
export function hasSecretShape(text: string): boolean {
  return SECRET_SHAPE.test(text);
}

/**
 * SHA-256 of a secret, the only form stored. The secrets are random rather than chosen by
 * people, so a fast hash suffices, and the row is found by an indexed lookup of the digest.
 */
export function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
