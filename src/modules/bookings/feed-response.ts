import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RenderedFeed } from './calendar-feeds.service';

/** How long a calendar app may keep a feed before asking again; an unchanged feed then costs a 304. */
const FEED_MAX_AGE_SECONDS = 300;

/** Sends a feed with its validator, or 304 when the client holds this version already. */
export function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: RenderedFeed): FastifyReply {
  reply.header('ETag', feed.etag).header('Cache-Control', `private, max-age=${FEED_MAX_AGE_SECONDS}`);
  const held = String(request.headers['if-none-match'] ?? '').split(/\s*,\s*/);
  if (held.includes(feed.etag) || held.includes('*')) return reply.code(304).send();
  return reply.header('Content-Type', 'text/calendar; charset=utf-8').send(feed.body);
}
