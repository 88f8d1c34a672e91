import { SetMetadata } from '@nestjs/common';

export const CUSTOMER_LINK_RATE_LIMITED = 'rate-limit:customer-link';

/**
 * A route behind a customer's secret link (public, the token is the credential): on top of the
 * global limit, a stricter one per client address across all such routes, so tokens cannot be
 * guessed at speed. The auth module's rate limiter applies it; on a controller, to each route.
 */
export function CustomerLinkRateLimit(): ClassDecorator & MethodDecorator {
  return SetMetadata(CUSTOMER_LINK_RATE_LIMITED, true);
}
