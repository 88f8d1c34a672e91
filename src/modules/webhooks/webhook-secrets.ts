import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

const FORMAT = 'v1';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 24 random bytes, base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * Encrypts signing secrets at rest (AES-256-GCM, a key derived from WEBHOOK_SECRETS_KEY): they
 * must be readable to sign, so they cannot be hashed like API keys; a copy of the database
 * alone does not reveal them.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(passphrase: string) {
    this.key = createHash('sha256').update(passphrase).digest();
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  open(stored: string): string {
    const [format, iv, tag, sealed] = stored.split('.');
    if (format !== FORMAT || !iv || !tag || !sealed) throw new Error('webhook secret is not in the sealed format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/**
 * The `webhook-signature` header: one `v1,` signature per secret that signs, space-separated as
 * the specification allows, so a receiver holding either secret verifies during a rotation.
 */
export function signatureHeader(secrets: readonly string[], messageId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');
}
