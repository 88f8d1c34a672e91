/** What an audit row records. */
export const BOOKING_ACTIONS = ['created', 'rescheduled', 'started', 'service_removed', 'service_failed', 'cancelled', 'completed', 'no_show'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];
