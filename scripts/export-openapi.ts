import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Writes docs/openapi.yaml from the running application's metadata. The app boots on a
 * throwaway in-memory SQLite database: generating the document needs no real data.
 */
async function exportOpenApi(): Promise<void> {
  delete process.env.DATABASE_URL;
  process.env.DATABASE_PATH = ':memory:';
  process.env.SEED_DEMO_DATA = 'false';
  process.env.LOG_LEVEL = 'warn';
  const { AppModule } = require('../src/app.module') as typeof import('../src/app.module');
  const { configureApp } = require('../src/bootstrap/configure-app') as typeof import('../src/bootstrap/configure-app');
  const { createHttpAdapter } = require('../src/bootstrap/http-adapter') as typeof import('../src/bootstrap/http-adapter');
  const { buildOpenApiDocument, renderOpenApiYaml } = require('../src/bootstrap/swagger') as typeof import('../src/bootstrap/swagger');

  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(), { bufferLogs: true });
  await configureApp(app);
  await app.init();
  const target = resolve(__dirname, '../../docs/openapi.yaml');
  writeFileSync(target, renderOpenApiYaml(buildOpenApiDocument(app)));
  await app.close();
  console.log(`Wrote ${target}`);
}

void exportOpenApi();
