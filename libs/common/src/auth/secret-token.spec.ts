import { digestOf, generateSecret, hasSecretShape } from './secret-token';

describe('secret tokens', () => {
  it('every generated secret has the shape the lookups accept, and each is new', () => {
    const secrets = Array.from({ length: 200 }, generateSecret);
    expect(secrets.every(hasSecretShape)).toBe(true);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it.each(['', 'short', `${generateSecret()}x`, generateSecret().slice(1), `${generateSecret().slice(1)}=`, `${generateSecret().slice(1)}/`])(
    'refuses %j without a lookup',
    (text) => {
      expect(hasSecretShape(text)).toBe(false);
    },
  );

  it('stores a digest, the same for the same secret', () => {
    const secret = generateSecret();
    expect(digestOf(secret)).toBe(digestOf(secret));
    expect(digestOf(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOf(secret)).not.toBe(digestOf(generateSecret()));
  });
});
