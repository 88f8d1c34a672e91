import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';
import { setupSwagger } from './bootstrap/swagger';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  configureApp(app);
  setupSwagger(app);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  const logger = app.get(Logger);
  const url = await app.getUrl();
  logger.log(`Listening on ${url} — Swagger UI at ${url.replace('[::1]', 'localhost')}/docs`);
}

void bootstrap();
