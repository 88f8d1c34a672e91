import { randomBytes } from 'node:crypto';

/** Sets environment variables for the next app booted, and puts them back afterwards. */
export function withEnvironment(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/**
 * REDIS_URL of the Redis at TEST_REDIS_URL (test/jest/e2e-environment.js defaults it to this
 * machine's; .ci/run starts it) and a key prefix no other app of any test file uses, so test
 * files running side by side never share counters or announcements.
 */
export function sharedRedis(): Record<string, string> {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: the multi-instance tests need a Redis (see docs/local-development.md)');
  return { REDIS_URL: url, REDIS_KEY_PREFIX: `e2e:${process.pid}:${randomBytes(6).toString('hex')}:` };
}
