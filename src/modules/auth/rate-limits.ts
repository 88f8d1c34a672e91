import { SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModuleOptions, seconds } from '@nestjs/throttler';
import { HttpConfig } from '../../config/http.config';

const LOGIN_RATE_LIMITED = 'rate-limit:login';

/** The sign-in route: on top of the global limit, a strict one per client address and e-mail. */
export function LoginRateLimit(): MethodDecorator {
  return SetMetadata(LOGIN_RATE_LIMITED, true);
}

/**
 * A global limit per client address, and the strict sign-in limit, which counts attempts per
 * address and account so guessing one account's password is slowed without locking its owner
 * out from elsewhere. Counters live in each instance's memory.
 */
export function rateLimitOptions(config: ConfigService): ThrottlerModuleOptions {
  const { rateLimit, loginRateLimit } = config.getOrThrow<HttpConfig>('http');
  return {
    throttlers: [
      { name: 'default', limit: rateLimit.max, ttl: seconds(rateLimit.windowSeconds) },
      {
        name: 'login',
        limit: loginRateLimit.max,
        ttl: seconds(loginRateLimit.windowSeconds),
        getTracker: (request) => `${String(request.ip)}|${String(request.body?.email ?? '').trim().toLowerCase()}`,
        skipIf: (context) => Reflect.getMetadata(LOGIN_RATE_LIMITED, context.getHandler()) !== true,
      },
    ],
    errorMessage: 'Too many requests: wait the number of seconds in Retry-After, then try again',
  };
}
