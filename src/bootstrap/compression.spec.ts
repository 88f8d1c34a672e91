import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { FastifyInstance } from 'fastify';
import { registerCompression } from './compression';

const THRESHOLD_BYTES = 1024;
/** Repetitive JSON, as availability answers it: compresses to a fraction. */
const BODY = JSON.stringify({ slots: Array.from({ length: 400 }, (_, index) => ({ engineerId: `engineer-${index % 7}`, start: `2026-12-0${(index % 9) + 1}T09:00:00.000Z` })) });

async function serverCompressingInlineUpTo(inlineMaxBytes: number): Promise<FastifyInstance> {
  const fastify = Fastify();
  await registerCompression(fastify, THRESHOLD_BYTES, inlineMaxBytes);
  fastify.get('/string', async (_request, reply) => reply.type('application/json').send(BODY));
  fastify.get('/buffer', async (_request, reply) => reply.type('application/json').send(Buffer.from(BODY)));
  await fastify.ready();
  return fastify;
}

describe('registerCompression', () => {
  const decompress = { br: brotliDecompressSync, gzip: gunzipSync };

  // Below the inline limit the body is compressed on the event loop, above it on the thread pool: the same bytes come out.
  describe.each([
    ['on the event loop', Number.MAX_SAFE_INTEGER],
    ['on the thread pool', THRESHOLD_BYTES],
  ])('compressing %s', (_where, inlineMaxBytes) => {
    let fastify: FastifyInstance;
    beforeAll(async () => (fastify = await serverCompressingInlineUpTo(inlineMaxBytes)));
    afterAll(() => fastify.close());

    it.each([
      ['br', '/string'],
      ['br', '/buffer'],
      ['gzip', '/string'],
      ['gzip', '/buffer'],
    ] as const)('answers %s for %s with its length, and it decompresses to the body', async (encoding, path) => {
      const response = await fastify.inject({ method: 'GET', url: path, headers: { 'accept-encoding': encoding } });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
      expect(response.rawPayload.length).toBeLessThan(BODY.length / 4);
      expect(decompress[encoding](response.rawPayload).toString()).toBe(BODY);
    });
  });

  it('sends the body whole to a client that accepts no compression', async () => {
    const fastify = await serverCompressingInlineUpTo(Number.MAX_SAFE_INTEGER);
    try {
      const response = await fastify.inject({ method: 'GET', url: '/buffer' });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.payload).toBe(BODY);
    } finally {
      await fastify.close();
    }
  });
});
