import { ConfigService } from '@nestjs/config';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../config/app.config';

/**
 * JSON lines, one per request, each carrying the request id: Fastify's, which middie copies onto
 * the raw request pino-http sees (see `createHttpAdapter()`).
 */
export function loggingOptions(config: ConfigService): Params {
  const app = config.getOrThrow<AppConfig>('app');
  return {
    pinoHttp: {
      level: app.logLevel,
      customProps: (request) => ({ requestId: (request as IncomingMessage & { id?: string }).id }),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') },
    },
  };
}
