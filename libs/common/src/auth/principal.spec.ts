import { AccessDeniedError } from './auth.errors';
import { EVERYTHING, actorOf, canSeeJob, jobsFilter, scopeOf } from './principal';

const ENGINEER = '22222222-2222-4222-8222-222222222222';
const OTHER_ENGINEER = '33333333-3333-4333-8333-333333333333';
const engineerUser = { kind: 'user', id: 'u-1', role: 'engineer', engineerId: ENGINEER } as const;
const apiKey = { kind: 'api-key', id: 'k-1' } as const;

describe('principal', () => {
  it('records users and API keys as distinguishable actors', () => {
    expect(actorOf(engineerUser)).toBe('user:u-1');
    expect(actorOf(apiKey)).toBe('api-key:k-1');
  });

  it('scopes staff to everything, an engineer to their jobs and an API key to its orders', () => {
    expect(scopeOf({ kind: 'user', id: 'u-2', role: 'dispatcher' })).toBe(EVERYTHING);
    expect(scopeOf(engineerUser)).toEqual({ kind: 'engineer', engineerId: ENGINEER });
    expect(scopeOf(apiKey)).toEqual({ kind: 'api-key', apiKeyId: 'k-1' });
  });

  it('lets an engineer reach only their own jobs, and an API key none', () => {
    expect(canSeeJob(EVERYTHING, null)).toBe(true);
    expect(canSeeJob(scopeOf(engineerUser), ENGINEER)).toBe(true);
    expect(canSeeJob(scopeOf(engineerUser), OTHER_ENGINEER)).toBe(false);
    expect(canSeeJob(scopeOf(engineerUser), null)).toBe(false);
    expect(canSeeJob(scopeOf(apiKey), ENGINEER)).toBe(false);
  });

  it('narrows job lists to the engineer and refuses them to API keys', () => {
    expect(jobsFilter(EVERYTHING)).toEqual({});
    expect(jobsFilter(scopeOf(engineerUser))).toEqual({ engineerId: ENGINEER });
    expect(() => jobsFilter(scopeOf(apiKey))).toThrow(AccessDeniedError);
  });
});
