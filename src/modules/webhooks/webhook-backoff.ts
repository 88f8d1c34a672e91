import type { WebhooksConfig } from '../../config/webhooks.config';

/**
 * The wait after each failed attempt, in units of the retry base: with the default 5 s, 5 s,
 * 5 min, 30 min, 2 h, 5 h, 8 h and 8 h — the eighth attempt comes about 23.6 h after the first.
 */
const RETRY_SCHEDULE_UNITS = [1, 60, 360, 1440, 3600, 5760, 5760] as const;

type BackoffSettings = Pick<WebhooksConfig, 'retryBaseMs' | 'maxAttempts'>;

/** The wait after a message's `attempts`-th failed attempt; null when that was its last. */
export function retryDelayMs(settings: BackoffSettings, attempts: number): number | null {
  if (attempts >= settings.maxAttempts) return null;
  const units = RETRY_SCHEDULE_UNITS[Math.min(attempts, RETRY_SCHEDULE_UNITS.length) - 1]!;
  return units * settings.retryBaseMs;
}
