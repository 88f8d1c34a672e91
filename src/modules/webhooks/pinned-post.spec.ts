import http from 'node:http';
import { AddressInfo } from 'node:net';
import { postPinned } from './pinned-post';

describe('postPinned', () => {
  let server: http.Server;
  let port: number;
  const received: Array<{ host: string | undefined; body: string; signature: string | undefined }> = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ host: request.headers.host, body, signature: request.headers['webhook-signature'] as string | undefined });
        response.writeHead(request.url === '/moved' ? 302 : 204, request.url === '/moved' ? { location: 'http://169.254.169.254/' } : {}).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, address: string | null) =>
    postPinned({
      // The server listens on ::1 only, where no resolver sends `receiver.invalid` (RFC 6761: it does not exist, though
      // some resolvers answer anything): reaching the server proves the name was not looked up.
      url: new URL(`http://receiver.invalid:${port}${path}`),
      address,
      headers: { 'content-type': 'application/json', 'webhook-signature': 'v1,abc' },
      body: '{"type":"order.placed"}',
      signal: AbortSignal.timeout(5_000),
    });

  it('connects to the address it was given, whatever the name would resolve to, sending the name as the host', async () => {
    await expect(post('/hook', '::1')).resolves.toBe(204);
    expect(received.at(-1)).toEqual({ host: `receiver.invalid:${port}`, body: '{"type":"order.placed"}', signature: 'v1,abc' });
  });

  it('answers a redirect as its status, without following it', async () => {
    const before = received.length;
    await expect(post('/moved', '::1')).resolves.toBe(302);
    expect(received).toHaveLength(before + 1);
  });

  it('without an address, connects where the system resolves the name: not to the server', async () => {
    await expect(post('/hook', null)).rejects.toMatchObject({ code: expect.stringMatching(/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/) });
  });

  it('gives up when its signal aborts', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '::1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      const attempt = postPinned({ url: new URL(`http://receiver.invalid:${silentPort}/`), address: '::1', headers: {}, body: '{}', signal: AbortSignal.timeout(200) });
      await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
