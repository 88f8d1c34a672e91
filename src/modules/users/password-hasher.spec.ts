import { PasswordHasher } from './password-hasher';

// Runs the native argon2 binding the install built or verified for this Node: a binary made
// for another ABI fails here, not on the first sign-in in production.
describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  beforeAll(() => hasher.onModuleInit());

  it('hashes to an argon2id PHC string that verifies the password and nothing else', async () => {
    const passwordHash = await hasher.hash('correct horse battery staple');

    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(hasher.verify(passwordHash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(passwordHash, 'correct horse battery stapler')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hasher.hash('same password'), hasher.hash('same password')]);

    expect(first).not.toBe(second);
  });

  it('refuses a missing hash after checking the decoy', async () => {
    await expect(hasher.verify(null, 'anything')).resolves.toBe(false);
  });
});
