import { ArgumentsHost, HttpServer, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuthenticationRequiredError } from '../auth/auth.errors';
import { DATABASE_RETRY_AFTER_SECONDS } from './http-problems';
import { ProblemDetailsFilter } from './problem-details.filter';

function render(exception: unknown) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body: Record<string, unknown> = {};
  const adapter = {
    setHeader: (_response: unknown, name: string, value: string) => (headers[name.toLowerCase()] = value),
    reply: (_response: unknown, json: Record<string, unknown>, code: number) => ((body = json), (status = code)),
  } as unknown as HttpServer;
  const request = { id: 'request-1', url: '/api/v1/orders' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter(adapter).catch(exception, host);
  return { status, body, headers };
}

describe('ProblemDetailsFilter', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers an unexpected error with a generic 500: no message, stack or SQL reaches the client', () => {
    const sql = 'INSERT INTO "users"("email", "password_hash") VALUES ($1, $2)';
    const failures = [
      new QueryFailedError(sql, ['a@example.com', '$argon2id$secret'], new Error('connection reset by peer')),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
    ];
    for (const failure of failures) {
      const { status, body } = render(failure);
      expect(status).toBe(500);
      expect(body).toMatchObject({ code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred; quote the requestId when reporting it' });
      const text = JSON.stringify(body);
      for (const secret of ['INSERT', 'argon2', 'connection reset', 'Cannot read', 'at ', 'stack']) expect(text).not.toContain(secret);
    }
  });

  it('answers problem+json carrying the request id in the body and the header', () => {
    const { body, headers } = render(new AuthenticationRequiredError());
    expect(headers['content-type']).toBe('application/problem+json');
    expect(headers['x-request-id']).toBe('request-1');
    expect(body).toMatchObject({ requestId: 'request-1', instance: '/api/v1/orders', status: 401 });
  });

  it('names the bearer scheme on a 401', () => {
    const { status, headers } = render(new AuthenticationRequiredError());
    expect(status).toBe(401);
    expect(headers['www-authenticate']).toBe('Bearer');
  });

  it('answers a database that is down, too slow or locked with 503 DATABASE_UNAVAILABLE and Retry-After, without its message', () => {
    const sql = 'UPDATE "orders" SET "status" = $1 WHERE "id" = $2';
    const failures = [
      new QueryFailedError(sql, ['cancelled', 'id-1'], Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' })),
      new QueryFailedError(sql, ['cancelled', 'id-1'], new Error('Connection terminated unexpectedly')),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new QueryFailedError(sql, [], Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })),
    ];
    for (const failure of failures) {
      const { status, body, headers } = render(failure);
      expect(status).toBe(503);
      expect(headers['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
      expect(headers['content-type']).toBe('application/problem+json');
      expect(body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', requestId: 'request-1' });
      const text = JSON.stringify(body);
      for (const secret of ['UPDATE', 'lock timeout', 'ECONNREFUSED', '5432', 'locked']) expect(text).not.toContain(secret);
    }
  });

  it('logs a database outage as a warning, not as an unhandled error', () => {
    render(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(Logger.prototype.warn).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'request-1' }), 'Database unavailable');
    expect(Logger.prototype.error).not.toHaveBeenCalled();
  });
});
