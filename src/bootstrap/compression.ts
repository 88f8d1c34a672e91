import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Preferred first: brotli makes repetitive JSON smaller than gzip does at the same cost. */
const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

// Availability and the board answer hundreds of kilobytes of repetitive JSON: brotli at its
// fastest quality makes them a tenth of the size for less CPU than sending them whole costs
// (docs/performance.md).
const BROTLI_OPTIONS = { params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: 1 } };
const GZIP_OPTIONS = { level: 1 };

/**
 * Bodies up to this size are compressed on the event loop: at brotli's quality 1 a fortnight's
 * availability (about 500 kB) takes half a millisecond, while handing it to libuv's thread pool
 * and back cost more than that again on Node 24, and under ten searches at once the round
 * trips doubled the slowest answers (docs/performance.md). Larger ones go to the thread pool,
 * so no answer holds every other request up for long.
 */
export const COMPRESS_INLINE_MAX_BYTES = 2 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const onThreadPool: Record<Encoding, (body: string | Buffer) => Promise<Buffer>> = {
  br: (body) => brotli(body, BROTLI_OPTIONS),
  gzip: (body) => gzipped(body, GZIP_OPTIONS),
};
const inline: Record<Encoding, (body: string | Buffer) => Buffer> = {
  br: (body) => brotliCompressSync(body, BROTLI_OPTIONS),
  gzip: (body) => gzipSync(body, GZIP_OPTIONS),
};

function compressWith(encoding: Encoding, body: string | Buffer, bytes: number, inlineMaxBytes: number): Promise<Buffer> {
  if (bytes > inlineMaxBytes) return onThreadPool[encoding](body);
  // A throw becomes the promise's rejection, as the thread pool's error would be.
  return new Promise((resolve) => resolve(inline[encoding](body)));
}

/**
 * A handler that answers the same Buffer again (the dispatch board, kept until it changes)
 * has it compressed once per encoding; the forms go when the Buffer does.
 */
const compressedForms = new WeakMap<Buffer, Partial<Record<Encoding, Promise<Buffer>>>>();

function compress(payload: string | Buffer, encoding: Encoding, bytes: number, inlineMaxBytes: number): Promise<Buffer> {
  if (typeof payload === 'string') return compressWith(encoding, payload, bytes, inlineMaxBytes);
  const forms = compressedForms.get(payload) ?? {};
  let form = forms[encoding];
  if (!form) {
    form = forms[encoding] = compressWith(encoding, payload, bytes, inlineMaxBytes);
    compressedForms.set(payload, forms);
    form.catch(() => delete forms[encoding]);
  }
  return form;
}

const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|[\w.+-]+\+json|javascript|xml)\b)/i;

function encodingFor(request: FastifyRequest, reply: FastifyReply): Encoding | null {
  const accepted = request.headers['accept-encoding'];
  if (!accepted || request.headers['x-no-compression'] !== undefined) return null;
  if (reply.statusCode === 206 || reply.hasHeader('content-range') || reply.hasHeader('content-encoding')) return null;
  if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? 'application/json'))) return null;
  const chosen = negotiate(accepted, [...ENCODINGS]);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/**
 * Compresses responses of at least `thresholdBytes` for clients that accept it. A body already
 * in memory (every JSON answer) is compressed in one call (inline up to `inlineMaxBytes`) and
 * sent with its length: `@fastify/compress` wraps such a body in a stream piped through a zlib
 * stream, whose machinery cost the event loop an eighth of a fortnight's availability
 * (docs/performance.md). Streams (the console's files) still go through `@fastify/compress`,
 * which sees the `Content-Encoding` set here and leaves buffered bodies alone.
 */
export async function registerCompression(fastify: FastifyInstance, thresholdBytes: number, inlineMaxBytes = COMPRESS_INLINE_MAX_BYTES): Promise<void> {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    // Measured, not converted: most answers are small strings sent as they are.
    const bytes = Buffer.byteLength(payload);
    if (bytes < thresholdBytes) return payload;
    const encoding = encodingFor(request, reply);
    if (!encoding) return payload;
    const compressed = await compress(payload, encoding, bytes, inlineMaxBytes);
    reply.header('content-encoding', encoding);
    reply.header('vary', varyWithAcceptEncoding(reply.getHeader('vary')));
    reply.header('content-length', compressed.length);
    return compressed;
  });
  await fastify.register(fastifyCompress, { threshold: thresholdBytes, encodings: [...ENCODINGS], brotliOptions: BROTLI_OPTIONS, zlibOptions: GZIP_OPTIONS });
}

function varyWithAcceptEncoding(vary: ReturnType<FastifyReply['getHeader']>): string {
  const existing = vary === undefined ? [] : String(vary).split(',').map((name) => name.trim()).filter(Boolean);
  if (existing.includes('*') || existing.some((name) => name.toLowerCase() === 'accept-encoding')) return existing.join(', ');
  return [...existing, 'Accept-Encoding'].join(', ');
}
