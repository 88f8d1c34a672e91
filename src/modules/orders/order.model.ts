// Plain shapes other modules read from Orders (import type only).
export type { OrderPriority } from './order-priority';
export type { AwaitingBookingRecord, OrderBoardSummary } from './orders.service';
