import { sharedRedis, withEnvironment } from './environment';
import { AppInstance, TestApp, createTestApp } from './test-app';

/** Filled before the describe block's tests run. */
export interface TwoInstances {
  testApp: TestApp;
  other: AppInstance;
}

/**
 * Two instances of one test app on one database, sharing the Redis at TEST_REDIS_URL under a
 * key prefix of their own, with `environment` set for both: booted before the enclosing
 * describe block's tests, closed (and the environment put back) after them.
 */
export function twoInstancesSharingRedis(environment: Record<string, string>): TwoInstances {
  const instances = {} as TwoInstances;
  let restore = () => undefined as void;
  beforeAll(async () => {
    restore = withEnvironment({ ...sharedRedis(), ...environment });
    instances.testApp = await createTestApp();
    instances.other = await instances.testApp.startAnotherInstance();
  });
  afterAll(async () => {
    try {
      await instances.other?.close();
      await instances.testApp?.close();
    } finally {
      restore();
    }
  });
  return instances;
}
