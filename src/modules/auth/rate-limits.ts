import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModuleOptions, seconds } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { CUSTOMER_LINK_RATE_LIMITED } from '@app/common';
import { HttpConfig } from '../../config/http.config';
import { RedisConnections } from '../../redis/redis-connections';
import { SharedRateLimitStorage } from './rate-limit-storage';

const LOGIN_RATE_LIMITED = 'rate-limit:login';

/** The sign-in route: on top of the global limit, strict ones per client address, and per address and e-mail. */
export function LoginRateLimit(): MethodDecorator {
  return SetMetadata(LOGIN_RATE_LIMITED, true);
}

/**
 * The counter of a throttler and a client. The library's default key also names the
 * controller and handler, which makes every limit a per-route one: 300 requests to one route
 * left the others untouched. Hashed, so no address or e-mail is stored as such.
 */
export function rateLimitKey(throttlerName: string, tracker: string): string {
  return `rate-limit:${throttlerName}:${createHash('sha256').update(tracker).digest('base64url')}`;
}

/** A throttler's `skipIf`: it counts only routes (or controllers) marked with `marker`. */
function onlyWhereMarked(marker: string): (context: ExecutionContext) => boolean {
  return (context) => Reflect.getMetadata(marker, context.getHandler()) !== true && Reflect.getMetadata(marker, context.getClass()) !== true;
}

/**
 * A global limit per client address across every route; on sign-in, a limit per address
 * whatever the e-mail (one address trying many accounts: password spraying), and a stricter
 * one per address and e-mail, so guessing one account's password is slowed without locking
 * its owner out from elsewhere; on a customer's appointment link, one per address across all
 * its routes, so nobody guesses tokens at speed. Counters live in Redis when REDIS_URL is set,
 * shared by every instance; otherwise in each instance's memory.
 */
export function rateLimitOptions(config: ConfigService, redis: RedisConnections): ThrottlerModuleOptions {
  const { rateLimit, loginRateLimit, loginAddressRateLimit, customerLinkRateLimit } = config.getOrThrow<HttpConfig>('http');
  const onlyOnSignIn = onlyWhereMarked(LOGIN_RATE_LIMITED);
  return {
    throttlers: [
      { name: 'default', limit: rateLimit.max, ttl: seconds(rateLimit.windowSeconds) },
      {
        name: 'customer-link',
        limit: customerLinkRateLimit.max,
        ttl: seconds(customerLinkRateLimit.windowSeconds),
        skipIf: onlyWhereMarked(CUSTOMER_LINK_RATE_LIMITED),
      },
      { name: 'login-address', limit: loginAddressRateLimit.max, ttl: seconds(loginAddressRateLimit.windowSeconds), skipIf: onlyOnSignIn },
      {
        name: 'login',
        limit: loginRateLimit.max,
        ttl: seconds(loginRateLimit.windowSeconds),
        getTracker: (request) => `${String(request.ip)}|${String(request.body?.email ?? '').trim().toLowerCase()}`,
        skipIf: onlyOnSignIn,
      },
    ],
    generateKey: (_context, tracker, throttlerName) => rateLimitKey(throttlerName, tracker),
    storage: redis.commands ? new SharedRateLimitStorage(redis.commands) : undefined,
    errorMessage: 'Too many requests: wait the number of seconds in Retry-After, then try again',
  };
}
