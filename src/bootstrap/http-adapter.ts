import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER, requestIdFor } from '@app/common';
import { httpConfig } from '../config/http.config';

/**
 * The Fastify instance the app runs on, built here for the server, the e2e tests and the
 * OpenAPI export alike. Fastify takes these options only at construction, before Nest's
 * ConfigModule is up; importing AppModule has validated the environment they come from.
 */
export function createHttpAdapter(): FastifyAdapter {
  const http = httpConfig();
  const adapter = new FastifyAdapter({
    // Behind proxies, rate limits must count the client's address (X-Forwarded-For), not the
    // proxy's. Fastify refuses a bare hop count, so trust the first hops as Express's did.
    trustProxy: http.trustProxyHops > 0 && ((_address: string, hop: number) => hop < http.trustProxyHops),
    bodyLimit: http.bodyLimit,
    genReqId: requestIdFor,
    // As on Express: `/api/v1/orders/` is `/api/v1/orders`.
    routerOptions: { ignoreTrailingSlash: true },
    // The router rejects a malformed URL before any hook, with Fastify's default error handler;
    // Nest's makes it a problem+json response like every other error.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      adapter.getInstance().errorHandler(error, request, reply),
  });
  // An onRequest hook runs for unknown routes and failed requests too, so every response carries the id.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  return adapter;
}
