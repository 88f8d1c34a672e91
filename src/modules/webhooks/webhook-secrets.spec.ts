import { Webhook } from 'standardwebhooks';
import { SecretBox, newSigningSecret, signatureHeader } from './webhook-secrets';

describe('webhook secrets', () => {
  it('are whsec_ secrets the standardwebhooks library accepts', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(newSigningSecret()).not.toBe(secret);
  });

  it('are sealed at rest and opened with the same key only', () => {
    const box = new SecretBox('a-key-of-at-least-thirty-two-characters');
    const secret = newSigningSecret();
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.seal(secret)).not.toBe(sealed);
    expect(box.open(sealed)).toBe(secret);
    expect(() => new SecretBox('another-key-of-at-least-thirty-two-chars').open(sealed)).toThrow();
  });

  it('sign with every secret, each signature verifying on its own', () => {
    const [current, previous] = [newSigningSecret(), newSigningSecret()];
    const body = JSON.stringify({ type: 'order.placed', occurredAt: '2030-01-07T09:00:00.000Z', data: {} });
    const timestamp = new Date();
    const signature = signatureHeader([current, previous], 'msg-1', timestamp, body);
    expect(signature.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'msg-1', 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature };
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
  });
});
