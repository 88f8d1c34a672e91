import { RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { levels } from 'pino';
import { AppConfig } from '../config/app.config';

type LoggedRequest = IncomingMessage & { originalUrl?: string };

/**
 * The segment after these is a bearer secret in the path (an engineer's calendar feed, a
 * customer's appointment link): whoever reads the log could use it, so it is never written.
 */
const SECRET_SEGMENT = /(\/calendar\/|\/appointments\/)[^/?#.]+/g;

export function withoutSecrets(path: string): string {
  return path.replace(SECRET_SEGMENT, '$1[Redacted]');
}

/** Middie strips a middleware's mount path from `url`; `originalUrl` is what the client sent. */
const pathOf = (request: LoggedRequest): string => withoutSecrets(request.originalUrl ?? request.url ?? '');

/**
 * JSON lines, one per request: method, path, status, duration and the request id (Fastify's,
 * which middie copies onto the raw request pino-http sees; see `createHttpAdapter()`). Headers
 * join the line at debug only, with credentials redacted. The health probes, called every few
 * seconds by the orchestrator, are not logged.
 */
export function loggingOptions(config: ConfigService): Params {
  const app = config.getOrThrow<AppConfig>('app');
  const threshold = levels.values[app.logLevel] ?? levels.values.info!;
  const withHeaders = threshold <= levels.values.debug!;
  // A request's line below the level is dropped: 'silent' tells pino-http not to build it (a
  // child logger and the message per request, 5 % of an orders page's CPU time at warn).
  const levelOf = (failed: boolean) => (failed ? 'error' : threshold <= levels.values.info! ? 'info' : 'silent');
  return {
    exclude: [{ path: 'health/{*probe}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: app.logLevel,
      customProps: (request) => ({ requestId: request.id }),
      serializers: withHeaders
        ? { req: (request: { url: string }) => ({ ...request, url: withoutSecrets(request.url) }) }
        : {
            req: (request: { method: string; url: string }) => ({ method: request.method, url: withoutSecrets(request.url) }),
            res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
          },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      customLogLevel: (_request, response, error) => levelOf(response.statusCode >= 500 || Boolean(error)),
      customSuccessMessage: (request, response: ServerResponse, responseTime) =>
        `${request.method} ${pathOf(request)} ${response.statusCode} ${Math.round(responseTime)} ms`,
      customErrorMessage: (request, response, error) => `${request.method} ${pathOf(request)} ${response.statusCode} ${error.message}`,
    },
  };
}
