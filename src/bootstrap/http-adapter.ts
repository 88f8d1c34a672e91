import { HttpStatus } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { DomainError, ProblemType, REQUEST_ID_HEADER, requestIdFor } from '@app/common';
import { httpConfig } from '../config/http.config';

/** A request that reached a server that has stopped accepting: another instance can take it. */
@ProblemType({ code: 'SHUTTING_DOWN', description: 'this instance is stopping: send the request again, it reaches another instance' })
export class ShuttingDownError extends DomainError {
  static override readonly status = HttpStatus.SERVICE_UNAVAILABLE;
  static override readonly title = 'Service Unavailable';

  constructor() {
    super('SHUTTING_DOWN', 'The server is shutting down; send the request again, it reaches another instance');
  }
}

/**
 * Fastify, with a shutdown that drains keep-alive connections. From the moment Nest starts
 * closing the app (SIGTERM, before its shutdown hooks run), every response carries
 * `Connection: close`, so a client holding a keep-alive connection closes it once its request
 * is answered instead of keeping the server open for the keep-alive timeout. Once the server
 * stops accepting, a request that still arrives on an open connection is refused with 503
 * `SHUTTING_DOWN` (problem+json) rather than Fastify's own 503 body. Idle connections are
 * closed when the server closes; the deadline for the busy ones is `enforceShutdownDeadline`'s.
 */
class DrainingFastifyAdapter extends FastifyAdapter {
  private draining = false;
  private closed = false;

  constructor(options: FastifyServerOptions) {
    super(options);
    const fastify = this.getInstance();
    fastify.addHook('onRequest', (_request, _reply, done) => done(this.closed ? new ShuttingDownError() : undefined));
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (this.draining && request.raw.httpVersionMajor === 1) reply.header('Connection', 'close');
      done(null, payload);
    });
    fastify.addHook('preClose', (done) => {
      this.closed = true;
      done();
    });
  }

  override beforeClose(): void {
    super.beforeClose();
    this.draining = true;
  }
}

/**
 * The Fastify instance the app runs on, built here for the server, the e2e tests and the
 * OpenAPI export alike. Fastify takes these options only at construction, before Nest's
 * ConfigModule is up; importing AppModule has validated the environment they come from.
 */
export function createHttpAdapter(): FastifyAdapter {
  const http = httpConfig();
  const adapter: FastifyAdapter = new DrainingFastifyAdapter({
    // Behind proxies, rate limits must count the client's address (X-Forwarded-For), not the
    // proxy's. Fastify refuses a bare hop count, so trust the first hops as Express's did.
    trustProxy: http.trustProxyHops > 0 && ((_address: string, hop: number) => hop < http.trustProxyHops),
    bodyLimit: http.bodyLimit,
    genReqId: requestIdFor,
    // As on Express: `/api/v1/orders/` is `/api/v1/orders`.
    routerOptions: { ignoreTrailingSlash: true },
    // The adapter's own hook answers those requests, as problem+json (see DrainingFastifyAdapter).
    return503OnClosing: false,
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
