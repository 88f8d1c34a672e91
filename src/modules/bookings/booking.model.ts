import type { ActorDetails } from '@app/common';
import type { BookingAction } from './booking-action';
import type { BookingNotificationView } from './booking-detail-participants';
import type { BookingStatus } from './booking-status';
import type { VisitFailureReason } from '../services/service-participants';

/** What the booking's visits did with one of its tasks. */
export type ServiceOutcome = 'completed' | 'failed';

export interface FailedService {
  serviceId: string;
  reason: VisitFailureReason;
  note: string | null;
}

/** The booking's record of its tasks: which it completed and which of its visits failed, and why. */
export interface BookingOutcome {
  completed: string[];
  failed: FailedService[];
}

/** One stretch of a booking's work, inside one working span of one day. */
export interface BookingVisit {
  start: Date;
  end: Date;
}

/** A booking as the HTTP layer and other modules see it: plain data, never the entity. */
export interface Booking {
  id: string;
  orderId: string;
  engineerId: string;
  /** The first visit's start. */
  start: Date;
  /** The last visit's end. */
  end: Date;
  /** Earliest first: one for work that fits a working span, else a run on consecutive working days. */
  visits: BookingVisit[];
  status: BookingStatus;
  cancellationReason: string | null;
  noShowReason: string | null;
  startedAt: Date | null;
  notes: string | null;
  /** The services this booking scheduled. */
  serviceIds: string[];
  outcome: BookingOutcome;
  createdAt: Date;
  updatedAt: Date;
}

/** One visit in a dispatcher's board: whose, when, of which booking and order, and what that booking holds. */
export interface BoardVisit {
  bookingId: string;
  orderId: string;
  engineerId: string;
  start: Date;
  end: Date;
  /** The booking's status. */
  status: BookingStatus;
  /** Which visit of its booking this is, from 1, and how many it has. */
  visitNumber: number;
  visitCount: number;
  /** The tasks the booking holds, and how many of them failed at a visit. */
  taskCount: number;
  failedTaskCount: number;
}

/** One visit of a live hold as the dispatcher's board shows it: time a checkout keeps until it expires. */
export interface BoardHold {
  holdId: string;
  orderId: string;
  engineerId: string;
  start: Date;
  end: Date;
  expiresAt: Date;
}

/** What an order page shows of its booking. */
export type BookingSummary = Pick<Booking, 'id' | 'engineerId' | 'start' | 'end' | 'status'>;

export interface BookingAuditEntry {
  action: BookingAction;
  oldEngineerId: string | null;
  newEngineerId: string;
  oldStart: Date | null;
  oldEnd: Date | null;
  newStart: Date;
  newEnd: Date;
  oldStatus: BookingStatus | null;
  newStatus: BookingStatus;
  reason: string | null;
  at: Date;
  /** As recorded: `user:<id>`, `api-key:<id>` or `system`. */
  actor: string;
  /** Who that is, resolved when read. */
  actorDetails: ActorDetails;
}

export interface BookingDetail extends Booking {
  /** Every change, oldest first. */
  audit: BookingAuditEntry[];
  /** The messages to its customer, oldest first (Notifications, through `BookingDetailParticipants`). */
  notifications: BookingNotificationView[];
}

export interface BookingFilters {
  engineerId?: string;
  status?: BookingStatus;
  /** Bookings starting at or after this instant. */
  startsFrom?: Date;
  /** Bookings starting before this instant. */
  startsBefore?: Date;
}

export interface BookingListQuery extends BookingFilters {
  /** `YYYY-MM-DD`: bookings starting on that day in the business time zone. */
  date?: string;
}
