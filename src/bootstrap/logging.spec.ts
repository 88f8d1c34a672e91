import { ConfigService } from '@nestjs/config';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp, type Options } from 'pino-http';
import { loggingOptions } from './logging';

/** Serves one request through pino-http with the app's options and returns the lines it logged. */
async function logOneRequest(logLevel: string, status: number, path = '/api/v1/orders?limit=5'): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const config = new ConfigService({ app: { logLevel } });
  const logger = pinoHttp({ ...(loggingOptions(config).pinoHttp as Options), genReqId: () => 'request-1' }, sink);
  const server = createServer((request, response) => {
    logger(request, response);
    response.statusCode = status;
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: 'Bearer secret-token', 'x-api-key': 'vt_secret' } });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('request logging', () => {
  it('writes one info line with method, path, status, duration and request id, without headers', async () => {
    const lines = await logOneRequest('info', 201);

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      requestId: 'request-1',
      req: { method: 'GET', url: '/api/v1/orders?limit=5' },
      res: { statusCode: 201 },
    });
    expect(line.msg).toMatch(/^GET \/api\/v1\/orders\?limit=5 201 \d+ ms$/);
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toContain('headers');
  });

  it.each([
    ['info', '/api/v1/calendar/Zm9vYmFyYmF6cXV4c2VjcmV0dG9rZW4tMTIzNDU2Nzg5MA.ics', '/api/v1/calendar/[Redacted].ics'],
    ['info', '/api/v1/appointments/Zm9vYmFyYmF6cXV4c2VjcmV0dG9rZW4tMTIzNDU2Nzg5MA/availability?from=x', '/api/v1/appointments/[Redacted]/availability?from=x'],
    ['debug', '/api/v1/appointments/Zm9vYmFyYmF6cXV4c2VjcmV0dG9rZW4tMTIzNDU2Nzg5MA', '/api/v1/appointments/[Redacted]'],
  ])('never writes the secret in a calendar feed or appointment link path (%s): %s', async (level, path, logged) => {
    const [line] = await logOneRequest(level, 200, path);

    expect(line).toMatchObject({ req: { url: logged } });
    expect(line!.msg).toContain(logged);
    expect(JSON.stringify(line)).not.toContain('Zm9vYmFy');
  });

  it('leaves other paths alone, the engineer calendar by id among them', async () => {
    const [line] = await logOneRequest('info', 200, '/api/v1/engineers/5f0c/calendar.ics');

    expect(line).toMatchObject({ req: { url: '/api/v1/engineers/5f0c/calendar.ics' } });
  });

  it('logs a server error at error level', async () => {
    const [line] = await logOneRequest('info', 503);

    expect(line).toMatchObject({ level: 50, res: { statusCode: 503 } });
  });

  it('at warn, writes no line for a success and still one for a server error', async () => {
    expect(await logOneRequest('warn', 200)).toEqual([]);
    expect(await logOneRequest('warn', 500)).toEqual([expect.objectContaining({ level: 50, res: { statusCode: 500 } })]);
  });

  it('adds the headers at debug, with the credentials redacted', async () => {
    const [line] = await logOneRequest('debug', 200);
    const text = JSON.stringify(line);

    expect(line).toMatchObject({ req: { headers: { authorization: '[Redacted]', 'x-api-key': '[Redacted]' } } });
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('vt_secret');
  });
});
