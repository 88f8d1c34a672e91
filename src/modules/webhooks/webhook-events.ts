/** The events an endpoint may subscribe to, by the name its messages carry as `type`. */
export const WEBHOOK_EVENT_TYPES = [
  'order.placed',
  'order.cancelled',
  'order.fulfilled',
  'booking.scheduled',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.completed',
  'booking.no_show',
  'installation.completed',
  'installation.failed',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
