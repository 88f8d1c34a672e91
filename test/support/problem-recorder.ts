import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_JSON } from '../../libs/common/src/errors/problem-details';
import { documentedCodes, operationsOf } from '../../libs/common/src/http/problem-documentation';

/** `/api/v1/bookings/:id` as the document writes it: `/api/v1/bookings/{id}`. */
function documentPath(route: string): string {
  return route.replace(/:(\w+)/g, '{$1}');
}

/** The problem's code; a body that is not a problem document is recorded as such, never thrown in the hook. */
function codeOf(payload: string): string {
  try {
    return String((JSON.parse(payload) as { code?: unknown }).code);
  } catch {
    return '(not JSON)';
  }
}

/**
 * Issue 15, item 7: every problem an operation answers in any e2e test must be one its
 * document lists. Records, as a Fastify hook of the test app, each problem response's
 * operation (method and route template), status and code; `undocumented` names those the
 * served document does not list for that operation and status. Requests no route matched
 * (404 for an unknown path, 405) belong to no operation and are not recorded.
 */
export class ProblemRecorder {
  private readonly seen = new Set<string>();

  attach(fastify: FastifyInstance): void {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const route = request.routeOptions.url;
      if (route && reply.statusCode >= 400 && typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith(PROBLEM_JSON)) {
        const method = request.method === 'HEAD' ? 'GET' : request.method;
        this.seen.add(JSON.stringify([method.toLowerCase(), documentPath(route), reply.statusCode, codeOf(payload)]));
      }
      done(null, payload);
    });
  }

  /** One line per (operation, status, code) answered but not listed in `document`. */
  undocumented(document: OpenAPIObject): string[] {
    const operations = new Map(operationsOf(document).map(({ method, path, operation }) => [`${method} ${path}`, operation]));
    return [...this.seen]
      .map((entry) => JSON.parse(entry) as [string, string, number, string])
      .filter(([method, path, status, code]) => {
        const operation = operations.get(`${method} ${path}`);
        return !operation || !documentedCodes(document, operation, status).includes(code);
      })
      .map(([method, path, status, code]) => `${method.toUpperCase()} ${path} answered ${status} ${code}, which its document does not list`)
      .sort();
  }
}
