import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { AppLogger } from './bootstrap/app-logger';
import { configureApp } from './bootstrap/configure-app';
import { CONSOLE_BUILD_DIR, CONSOLE_PATH, consoleIsBuilt } from './bootstrap/console';
import { createHttpAdapter } from './bootstrap/http-adapter';
import { enforceShutdownDeadline } from './bootstrap/shutdown-deadline';
import { setupSwagger } from './bootstrap/swagger';
import { AppConfig } from './config/app.config';
import { DatabaseConfig } from './config/database.config';
import { DemoSeeder } from './database/seed/demo-seeder';

/** Where the data lives, without the credentials a PostgreSQL URL may carry. */
function describeDatabase(database: DatabaseConfig): string {
  if (!database.url) return `SQLite file ${database.path}`;
  const url = new URL(database.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(), { bufferLogs: true });
  await configureApp(app);
  setupSwagger(app);
  app.enableShutdownHooks();
  await app.init();
  const logger = app.get(AppLogger);
  const config = app.get(ConfigService);
  const { port, seedDemoData, shutdownGraceMs } = config.getOrThrow<AppConfig>('app');
  enforceShutdownDeadline(app, shutdownGraceMs, logger);
  logger.log(`Database: ${describeDatabase(config.getOrThrow<DatabaseConfig>('database'))}`);
  if (seedDemoData && (await app.get(DemoSeeder).seedIfEmpty())) {
    logger.log('The database was empty: demo data written (SEED_DEMO_DATA=false turns this off)');
  }
  // Every interface, IPv6 and IPv4, as on Express: Fastify alone would listen on localhost only.
  await app.listen(port, '::');
  const url = `http://localhost:${port}`;
  logger.log(`Listening on ${url} (all interfaces) — Swagger UI at ${url}/docs, health at ${url}/health/live and ${url}/health/ready`);
  if (consoleIsBuilt()) logger.log(`Console at ${url}${CONSOLE_PATH}/`);
  else logger.log(`No console build in ${CONSOLE_BUILD_DIR}: \`npm run build:console\` makes one (npm start does)`);
}

void bootstrap();
