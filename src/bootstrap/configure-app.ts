import { VersioningType } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import {
  BodyTooDeepError,
  InputValidationPipe,
  MAX_JSON_DEPTH,
  ProblemDetailsFilter,
  jsonNestsDeeperThan,
  validationExceptionFactory,
} from '@app/common';
import { HttpConfig } from '../config/http.config';
import { registerSecurityHeaders } from './security-headers';
import { AppLogger } from './app-logger';
import { registerCompression } from './compression';
import { serveConsole } from './console';
import { registerHttpManners } from './http-manners';

/** Browsers may call from the configured origins only; credentials travel in headers, never cookies. */
function corsOptions(origins: string[]) {
  return {
    origin: origins,
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Api-Key', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'WWW-Authenticate'],
    maxAge: 600,
  };
}

/**
 * Everything about the HTTP pipeline that both the server and the e2e tests need, so
 * tests exercise exactly what production runs (the adapter itself: `createHttpAdapter()`).
 */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const http = app.get(ConfigService).getOrThrow<HttpConfig>('http');
  app.useLogger(app.get(AppLogger));
  // No upgrade-insecure-requests: TLS ends at the proxy, and a demo reached over plain HTTP by
  // host name would otherwise ask for the Swagger UI's scripts over HTTPS and show nothing.
  registerSecurityHeaders(app.getHttpAdapter().getInstance(), { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  if (http.compressionThresholdBytes > 0) await registerCompression(app.getHttpAdapter().getInstance(), http.compressionThresholdBytes);
  if (http.corsOrigins.length > 0) app.enableCors(corsOptions(http.corsOrigins));
  registerHttpManners(app.getHttpAdapter().getInstance());
  await serveConsole(app);
  // Fastify refuses an empty body sent as JSON; Express read it as no body, and clients that
  // always send `Content-Type: application/json` (also for bodyless actions) rely on that.
  const json = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  // Nesting is limited before parsing: deeper bodies would exhaust the validators' recursion.
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    const text = body.toString('utf8');
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) return done(new BodyTooDeepError(), undefined);
    return json(request, text, done);
  });
  app.setGlobalPrefix('api', { exclude: ['health/live', 'health/ready'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new InputValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
}
