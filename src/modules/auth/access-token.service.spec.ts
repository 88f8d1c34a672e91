import { randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenService, jwtOptions } from './access-token.service';

const TTL_SECONDS = 900;

function tokenService(): AccessTokenService {
  const config = new ConfigService({ auth: { jwtSecret: 'a-secret-of-at-least-thirty-two-characters', accessTokenTtlSeconds: TTL_SECONDS } });
  return new AccessTokenService(new JwtService(jwtOptions(config)), config);
}

describe('AccessTokenService', () => {
  afterEach(() => jest.useRealTimers());

  it('answers the claims of a valid token, the same each time it is asked', async () => {
    const tokens = tokenService();
    const [userId, sessionId] = [randomUUID(), randomUUID()];
    const token = await tokens.issue(userId, 3, sessionId);
    const expected = { userId, tokenVersion: 3, sessionId };
    expect(await tokens.verify(token)).toEqual(expected);
    expect(await tokens.verify(token)).toEqual(expected);
  });

  it('refuses a token verified before once it has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T10:00:00.000Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const tokens = tokenService();
    const token = await tokens.issue(randomUUID(), 1, randomUUID());
    expect(await tokens.verify(token)).not.toBeNull();
    jest.setSystemTime(new Date(Date.now() + (TTL_SECONDS - 1) * 1000));
    expect(await tokens.verify(token)).not.toBeNull();
    jest.setSystemTime(new Date(Date.now() + 1000));
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a token whose signature does not match, even after the genuine one was verified', async () => {
    const tokens = tokenService();
    const token = await tokens.issue(randomUUID(), 1, randomUUID());
    expect(await tokens.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await tokens.verify(tampered)).toBeNull();
    const forged = await new JwtService(jwtOptions(new ConfigService({ auth: { jwtSecret: 'another-secret-of-thirty-two-characters!', accessTokenTtlSeconds: TTL_SECONDS } }))).signAsync(
      { ver: 1, sid: randomUUID() },
      { subject: randomUUID() },
    );
    expect(await tokens.verify(forged)).toBeNull();
  });

  it('hands out a copy of the claims, so a caller changing them does not change what the next request sees', async () => {
    const tokens = tokenService();
    const userId = randomUUID();
    const token = await tokens.issue(userId, 1, randomUUID());
    const first = (await tokens.verify(token))!;
    first.userId = 'changed';
    expect((await tokens.verify(token))!.userId).toBe(userId);
  });
});
