import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's security headers on every response, from one middleware built at start-up.
 * `@fastify/helmet` built a new one for every request (parsing the CSP directives each time)
 * to allow per-route options and CSP nonces, which this API does not use.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const setHeaders = helmet(options);
  fastify.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));
}
