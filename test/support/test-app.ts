import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestDatabase } from '../../libs/common/src/testing';

export interface AppInstance {
  app: INestApplication;
  http: TestAgent;
  close(): Promise<void>;
}

export interface TestApp extends AppInstance {
  /**
   * Boots one more instance of the application on this test app's database, as a second
   * server process would share it. Close it before the test app; closing it keeps the database.
   */
  startAnotherInstance(): Promise<AppInstance>;
}

/** The real AppModule with the production HTTP pipeline, on whatever database the environment names. */
async function bootInstance(): Promise<AppInstance> {
  // Imported only now so that configuration sees this file's database.
  const { AppModule } = require('../../src/app.module') as typeof import('../../src/app.module');
  const { configureApp } = require('../../src/bootstrap/configure-app') as typeof import('../../src/bootstrap/configure-app');
  const { setupSwagger } = require('../../src/bootstrap/swagger') as typeof import('../../src/bootstrap/swagger');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app);
  setupSwagger(app);
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}

/**
 * Boots the real AppModule, with the production HTTP pipeline, on a database of its own.
 * Migrations run at start-up exactly as they do in production.
 */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  for (const [key, value] of Object.entries(database.env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  process.env.SEED_DEMO_DATA = 'false';

  const instance = await bootInstance();
  return {
    ...instance,
    startAnotherInstance: bootInstance,
    close: async () => {
      await instance.close();
      await database.drop();
    },
  };
}
