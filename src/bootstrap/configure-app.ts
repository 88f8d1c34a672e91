import { ValidationPipe, VersioningType } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter, validationExceptionFactory } from '@app/common';
import { HttpConfig } from '../config/http.config';

/** Browsers may call from the configured origins only; credentials travel in headers, never cookies. */
function corsOptions(origins: string[]) {
  return {
    origin: origins,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Api-Key', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'WWW-Authenticate'],
    maxAge: 600,
  };
}

/**
 * Everything about the HTTP pipeline that both the server and the e2e tests need, so
 * tests exercise exactly what production runs.
 */
export function configureApp(app: NestExpressApplication): void {
  const http = app.get(ConfigService).getOrThrow<HttpConfig>('http');
  app.useLogger(app.get(Logger));
  // Behind a proxy, rate limits must count the client's address (X-Forwarded-For), not the proxy's.
  app.set('trust proxy', http.trustProxyHops);
  // No upgrade-insecure-requests: TLS ends at the proxy, and a demo reached over plain HTTP by
  // host name would otherwise ask for the Swagger UI's scripts over HTTPS and show nothing.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (http.corsOrigins.length > 0) app.enableCors(corsOptions(http.corsOrigins));
  // Registered before init, these replace Nest's default parsers, so the limit applies to every body.
  app.useBodyParser('json', { limit: http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: http.bodyLimit, extended: true });
  app.setGlobalPrefix('api', { exclude: ['health/live', 'health/ready'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
}
