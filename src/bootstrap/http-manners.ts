import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { DomainError, ProblemType, member } from '@app/common';

/** A method the path does not support: the `Allow` header and `allowed` list the ones it does. */
@ProblemType({
  code: 'METHOD_NOT_ALLOWED',
  description: 'the path exists but not with this method: `Allow` and `allowed` list the methods it supports',
  members: { allowed: member.strings('The methods the path supports', ['GET', 'HEAD']) },
})
export class MethodNotAllowedError extends DomainError {
  static override readonly status = HttpStatus.METHOD_NOT_ALLOWED;
  static override readonly title = 'Method Not Allowed';

  constructor(method: string, path: string, allowed: readonly string[]) {
    super('METHOD_NOT_ALLOWED', `${method} is not supported on ${path}; it supports ${allowed.join(', ')}`, { allowed: [...allowed] });
  }
}

interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/** `/api/v1/orders/:id/cancel` as a regular expression over a request path; null for wildcard routes. */
function pathPattern(url: string): RegExp | null {
  if (url.includes('*')) return null;
  const segments = url.replace(/\/+$/, '').split('/').map((segment) =>
    segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(`^${segments.join('/')}/?$`);
}

/**
 * The answers every route shares, as Fastify hooks:
 * - `Cache-Control: no-store` on every API response (tokens, and data read with credentials)
 *   unless the route set its own; the docs and health probes are left to their defaults;
 * - 405 `METHOD_NOT_ALLOWED` with `Allow` for a method a known path does not support, where
 *   Fastify's router would answer 404.
 * Call before the routes are registered (`app.init()`): the route table is collected as they are.
 */
export function registerHttpManners(fastify: FastifyInstance): void {
  const known = new Map<string, KnownPath>();
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const pattern = pathPattern(route.url);
    if (!pattern) return;
    const entry = known.get(pattern.source) ?? { pattern, methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    if (entry.methods.has('GET')) entry.methods.add('HEAD');
    known.set(pattern.source, entry);
  });

  fastify.addHook('onRequest', (request, reply, done) => {
    if (!request.is404) return done();
    const path = request.url.split('?', 1)[0];
    const allowed = new Set<string>();
    for (const entry of known.values()) {
      if (entry.pattern.test(path)) for (const method of entry.methods) allowed.add(method);
    }
    if (allowed.size === 0 || allowed.has(request.method)) return done();
    const methods = [...allowed].sort();
    reply.header('Allow', methods.join(', '));
    done(new MethodNotAllowedError(request.method, path, methods));
  });

  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    done(null, payload);
  });
}
