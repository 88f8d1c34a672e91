import { addWorkingDays, localDateOf } from '@app/common';
import type { OrderPriority } from './order-priority';

/** What dates an order: the business time zone and how long each priority may wait. */
export interface DueDateRules {
  timezone: string;
  bookWithinWorkingDays: number;
  urgentBookWithinWorkingDays: number;
}

/** The local date an order placed at `placedAt` should be booked by: that many working days after its placement date. */
export function dueDateFor(placedAt: Date, priority: OrderPriority, rules: DueDateRules): string {
  const days = priority === 'urgent' ? rules.urgentBookWithinWorkingDays : rules.bookWithinWorkingDays;
  return addWorkingDays(localDateOf(placedAt, rules.timezone), days);
}
