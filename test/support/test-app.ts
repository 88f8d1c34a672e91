import { INestApplication, Provider } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { UserRole } from '../../libs/common/src/auth';
import { createTestDatabase } from '../../libs/common/src/testing';
import { Clock } from '../../libs/common/src/time/clock';
import { ProblemRecorder } from './problem-recorder';
import { SettableClock } from './settable-clock';

/** Every user the tests create signs in with this password. */
export const TEST_PASSWORD = 'e2e-password-0123456789';

export interface SignedInUser {
  id: string;
  email: string;
  /** What audit and history rows record for this user's changes. */
  actor: string;
  accessToken: string;
  refreshToken: string;
  /** Sends this user's access token with every request. */
  http: TestAgent;
}

export interface AppInstance {
  app: INestApplication;
  /** Signed in as the first admin, so tests written before authentication keep working unchanged. */
  http: TestAgent;
  /** Sends no credentials. */
  anonymous: TestAgent;
  close(): Promise<void>;
}

export interface TestApp extends AppInstance {
  /** The clock every instance of this app reads; `travelTo` an appointment's day to start its work. */
  clock: SettableClock;
  /**
   * Every problem any instance answered; `close()` fails when one is not listed for its
   * operation in the served document.
   */
  problems: ProblemRecorder;
  /** The admin created at start-up from ADMIN_EMAIL / ADMIN_PASSWORD, signed in. */
  admin: SignedInUser;
  /** Creates a user with the role (an engineer needs the engineer it acts for) and signs them in. */
  signInAs(role: UserRole, options?: { engineerId?: string }): Promise<SignedInUser>;
  /** Creates an API key and returns an agent that sends it as X-Api-Key. */
  withApiKey(): Promise<{ id: string; http: TestAgent }>;
  /**
   * Boots one more instance of the application on this test app's database, as a second
   * server process would share it, signed in as the same admin. Close it before the test
   * app; closing it keeps the database.
   */
  startAnotherInstance(): Promise<AppInstance>;
}

let sequence = 0;

function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}.${process.pid}.${sequence}`;
}

function bearerAgent(app: INestApplication, accessToken: string): TestAgent {
  return request.agent(app.getHttpServer()).set('Authorization', `Bearer ${accessToken}`);
}

/** Signs in through the API, as a client would. */
export async function signIn(app: INestApplication, email: string, password: string): Promise<SignedInUser> {
  const anonymous = request(app.getHttpServer());
  const login = await anonymous.post('/api/v1/auth/login').send({ email, password });
  if (login.status !== 200) throw new Error(`signing in as ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  const { accessToken, refreshToken } = login.body as { accessToken: string; refreshToken: string };
  const me = await bearerAgent(app, accessToken).get('/api/v1/auth/me').expect(200);
  const id = (me.body as { id: string }).id;
  return { id, email, actor: `user:${id}`, accessToken, refreshToken, http: bearerAgent(app, accessToken) };
}

interface BootedInstance {
  app: INestApplication;
  /** The OpenAPI document the instance serves at /docs-json. */
  document: OpenAPIObject;
}

/**
 * The real AppModule with the production HTTP pipeline, on whatever database the environment
 * names; `recorder` notes every problem it answers.
 */
async function bootInstance(clock: SettableClock, providers: Provider[], recorder: ProblemRecorder): Promise<BootedInstance> {
  // Imported only now so that configuration sees this file's database.
  const { AppModule } = require('../../src/app.module') as typeof import('../../src/app.module');
  const { configureApp } = require('../../src/bootstrap/configure-app') as typeof import('../../src/bootstrap/configure-app');
  const { createHttpAdapter } = require('../../src/bootstrap/http-adapter') as typeof import('../../src/bootstrap/http-adapter');
  const { setupSwagger } = require('../../src/bootstrap/swagger') as typeof import('../../src/bootstrap/swagger');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule], providers }).overrideProvider(Clock).useValue(clock).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { bufferLogs: true });
  await configureApp(app);
  recorder.attach(app.getHttpAdapter().getInstance());
  const document = setupSwagger(app);
  await app.init();
  // What listen() does in production; supertest then talks to the same server without a port.
  await app.getHttpAdapter().getInstance().ready();
  return { app, document };
}

function instanceFor(app: INestApplication, admin: SignedInUser): AppInstance {
  return { app, http: bearerAgent(app, admin.accessToken), anonymous: request(app.getHttpServer()), close: () => app.close() };
}

export interface TestAppOptions {
  /**
   * The PostgreSQL URL the app connects to, from the one of its database: e.g. through a TCP
   * proxy the test controls. The harness itself (creating and dropping the database) keeps
   * the direct URL. Not called on SQLite.
   */
  databaseUrlThrough?: (url: string) => string;
  /** Join the root module: e.g. listeners that record or fail deliveries for a test. */
  providers?: Provider[];
}

/**
 * Boots the real AppModule, with the production HTTP pipeline, on a database of its own.
 * Migrations run and the first admin is created at start-up exactly as in production.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const providers = options.providers ?? [];
  const database = await createTestDatabase();
  const env = { ...database.env };
  if (env.DATABASE_URL && options.databaseUrlThrough) env.DATABASE_URL = options.databaseUrlThrough(env.DATABASE_URL);
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  process.env.SEED_DEMO_DATA = 'false';
  // Set here, so a developer's .env cannot change who the tests sign in as.
  process.env.ADMIN_EMAIL = 'admin@e2e.example';
  process.env.ADMIN_PASSWORD = `admin-${randomBytes(12).toString('hex')}`;
  process.env.ADMIN_NAME = 'E2E Admin';

  const clock = new SettableClock();
  const recorder = new ProblemRecorder();
  const { app, document } = await bootInstance(clock, providers, recorder);
  const admin = await signIn(app, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
  const instance = instanceFor(app, admin);
  return {
    ...instance,
    admin,
    clock,
    problems: recorder,
    async signInAs(role, options = {}) {
      const email = `${unique(role)}@e2e.example`;
      await admin.http.post('/api/v1/users').send({ email, name: `E2E ${role}`, password: TEST_PASSWORD, role, ...options }).expect(201);
      return signIn(app, email, TEST_PASSWORD);
    },
    async withApiKey() {
      const created = await admin.http.post('/api/v1/api-keys').send({ name: unique('web shop') }).expect(201);
      const { id, key } = created.body as { id: string; key: string };
      return { id, http: request.agent(app.getHttpServer()).set('X-Api-Key', key) };
    },
    startAnotherInstance: async () => instanceFor((await bootInstance(clock, providers, recorder)).app, admin),
    close: async () => {
      await app.close();
      await database.drop();
      const undocumented = recorder.undocumented(document);
      if (undocumented.length > 0) {
        throw new Error(`Problems answered that the OpenAPI document does not list (add the error class to the operation's @ApiProblems):\n${undocumented.join('\n')}`);
      }
    },
  };
}
