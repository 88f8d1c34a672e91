import { OutboxConfig } from '../config/outbox.config';

const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

type BackoffSettings = Pick<OutboxConfig, 'retryBaseMs' | 'leaseMs'>;

/** Wait after a delivery's `attempts`-th failed attempt: doubles each time, capped at an hour. */
export function retryDelayMs(settings: BackoffSettings, attempts: number): number {
  return Math.min(settings.retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
}

/**
 * How long the `attempts`-th claim of a delivery hides it from other claims. At least the
 * lease, and at least the back-off that attempt would earn: when the listener fails and the
 * database refuses to record it (pool exhausted, connection lost), the delivery is not retried
 * sooner than a recorded failure would have been.
 */
export function claimLeaseMs(settings: BackoffSettings, attempts: number): number {
  return Math.max(settings.leaseMs, retryDelayMs(settings, attempts));
}
