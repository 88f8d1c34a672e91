import { ArgumentsHost, HttpServer, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuthenticationRequiredError } from '../auth/auth.errors';
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
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
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
});
