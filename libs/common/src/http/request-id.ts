import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Keeps a caller's x-request-id when it is sane, otherwise mints one. Fastify calls it once per
 * request (its `genReqId`) before any hook, so the logger, the handlers and the error filter all
 * see the same id; an id that could forge log lines or headers never gets in.
 */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The current request's id, used as the correlation id of the events it raises. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const request = context.switchToHttp().getRequest<{ id?: unknown }>();
  return typeof request.id === 'string' ? request.id : null;
});
