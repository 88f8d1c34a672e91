import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';
import { createHttpAdapter } from './bootstrap/http-adapter';
import { setupSwagger } from './bootstrap/swagger';
import { AppConfig } from './config/app.config';
import { DemoSeeder } from './database/seed/demo-seeder';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(), { bufferLogs: true });
  await configureApp(app);
  setupSwagger(app);
  app.enableShutdownHooks();
  await app.init();
  const logger = app.get(Logger);
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  if (config.seedDemoData && (await app.get(DemoSeeder).seedIfEmpty())) {
    logger.log('The database was empty: demo data written (SEED_DEMO_DATA=false turns this off)');
  }
  // Every interface, IPv6 and IPv4, as on Express: Fastify alone would listen on localhost only.
  await app.listen(config.port, '::');
  const url = await app.getUrl();
  logger.log(`Listening on ${url} — Swagger UI at ${url.replace('[::1]', 'localhost')}/docs`);
}

void bootstrap();
