import { HttpStatus } from '@nestjs/common';
import { BusinessRuleError, ConflictError, DomainError, ResourceNotFoundError } from '@app/common';
import type { Interval } from './availability/interval';
import type { SlotViolation } from './availability/slot-rules';

/** Another booking as a 409 names it, so the client can show or move it. */
export interface BookingReference {
  id: string;
  start: Date;
  end: Date;
}

function reference(booking: BookingReference | null): Record<string, unknown> {
  return booking ? { id: booking.id, start: booking.start.toISOString(), end: booking.end.toISOString() } : {};
}

export class BookingNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Booking', id);
  }
}

/** The order has no installation service: unknown order, nothing to fit, or OrderPlaced not processed yet. */
export class InstallationNotFoundError extends DomainError {
  readonly status = HttpStatus.NOT_FOUND;
  readonly title = 'Not Found';

  constructor(orderId: string) {
    super('INSTALLATION_NOT_FOUND', `Order ${orderId} has no installation to book`, { orderId });
  }
}

export class InstallationNotBookableError extends ConflictError {
  constructor(orderId: string, serviceStatus: string) {
    super('INSTALLATION_NOT_BOOKABLE', `The installation of order ${orderId} is ${serviceStatus}; only pending or scheduled work can be booked`, {
      orderId,
      serviceStatus,
    });
  }
}

export class InstallationInProgressError extends ConflictError {
  constructor(orderId: string) {
    super('INSTALLATION_IN_PROGRESS', `The engineer has started the installation of order ${orderId}; complete the booking instead`, {
      orderId,
    });
  }
}

/** Overlap with another active booking of the engineer (found by the check, or by the database). */
export class BookingConflictError extends ConflictError {
  constructor(engineerId: string, conflicting: BookingReference | null) {
    super('BOOKING_CONFLICT', `Engineer ${engineerId} already has a booking at that time`, {
      engineerId,
      conflictingBooking: reference(conflicting),
    });
  }
}

export class OrderAlreadyBookedError extends ConflictError {
  constructor(orderId: string, existing: BookingReference | null) {
    super('ORDER_ALREADY_BOOKED', `Order ${orderId} already has an active booking; reschedule or cancel it`, {
      orderId,
      existingBooking: reference(existing),
    });
  }
}

export class BookingNotScheduledError extends ConflictError {
  constructor(id: string, status: string) {
    super('BOOKING_NOT_SCHEDULED', `Booking ${id} is ${status}; only a scheduled booking can be rescheduled`, { currentStatus: status });
  }
}

export class BookingChangedError extends ConflictError {
  constructor(id: string) {
    super('BOOKING_CHANGED', `Booking ${id} was changed by another request meanwhile; read it again and retry`, { bookingId: id });
  }
}

export class EngineerNotEligibleError extends BusinessRuleError {
  constructor(code: 'ENGINEER_INACTIVE' | 'ENGINEER_LACKS_SKILLS' | 'ENGINEER_DOES_NOT_COVER_AREA', message: string, details: Record<string, unknown>) {
    super(code, message, details);
  }
}

/** Work longer than `maxVisits` of the longest working span: no run of visits could hold it. */
export class WorkLongerThanWorkingSpanError extends BusinessRuleError {
  constructor(durationMinutes: number, longestSpanMinutes: number, maxVisits: number) {
    super(
      'WORK_LONGER_THAN_WORKING_SPAN',
      `The installation takes ${durationMinutes} minutes, longer than ${maxVisits} visits of the longest working span (${longestSpanMinutes} minutes); it cannot be booked`,
      { durationMinutes, longestSpanMinutes, maxVisits },
    );
  }
}

function iso(interval: Interval): Record<string, string> {
  return { start: interval.start.toISOString(), end: interval.end.toISOString() };
}

/** A slot rule the requested time breaks: 409 for an overlap, 422 naming the rule otherwise. */
export function slotViolationError(engineerId: string, violation: SlotViolation): DomainError {
  switch (violation.rule) {
    case 'BOOKING_OVERLAP':
      return new BookingConflictError(engineerId, { id: violation.booking.bookingId, ...violation.booking });
    case 'SLOT_GRID':
      return new BusinessRuleError('SLOT_NOT_ON_GRID', `Appointments start every ${violation.slotMinutes} minutes from midnight, business time`, {
        slotMinutes: violation.slotMinutes,
      });
    case 'LEAD_TIME':
      return new BusinessRuleError('SLOT_TOO_SOON', `The earliest possible start is ${violation.earliestStart.toISOString()}`, {
        earliestStart: violation.earliestStart.toISOString(),
      });
    case 'WORKING_HOURS':
      return new BusinessRuleError('OUTSIDE_WORKING_HOURS', `Engineer ${engineerId} does not work the whole of that time in one span`, {});
    case 'TIME_OFF':
      return new BusinessRuleError('ENGINEER_ON_TIME_OFF', `Engineer ${engineerId} has time off then`, { timeOff: iso(violation.timeOff) });
    case 'TRAVEL_BUFFER':
      return new BusinessRuleError(
        'TRAVEL_BUFFER_NOT_KEPT',
        `Engineer ${engineerId} needs ${violation.travelMinutes} minutes between that job and booking ${violation.booking.bookingId}`,
        {
          travelBufferMinutes: violation.travelBufferMinutes,
          travelMinutes: violation.travelMinutes,
          nearbyBooking: { id: violation.booking.bookingId, ...iso(violation.booking) },
        },
      );
    case 'HOME_TRAVEL':
      return new BusinessRuleError(
        'TRAVEL_FROM_HOME_NOT_KEPT',
        `Engineer ${engineerId} needs ${violation.travelMinutes} minutes from their home base: the day's first job starts from ${violation.earliestStart.toISOString()}`,
        { travelMinutes: violation.travelMinutes, earliestStart: violation.earliestStart.toISOString() },
      );
    case 'DAILY_CAPACITY':
      return new BusinessRuleError('DAILY_CAPACITY_REACHED', `Engineer ${engineerId} already has ${violation.maxJobsPerDay} jobs on ${violation.date}`, {
        date: violation.date,
        maxJobsPerDay: violation.maxJobsPerDay,
      });
    case 'VISIT_LIMIT':
      return new BusinessRuleError('TOO_MANY_VISITS', `From that start the work would need more than ${violation.maxVisits} visits; start earlier in a day`, {
        maxVisits: violation.maxVisits,
      });
  }
}

/** A booked service may be started from the local start of its appointment's day. */
export class TooEarlyToStartError extends ConflictError {
  constructor(bookingId: string, earliestAt: Date) {
    super('TOO_EARLY_TO_START', `The work of booking ${bookingId} may start from ${earliestAt.toISOString()}, the start of its appointment's day`, {
      bookingId,
      earliestAt: earliestAt.toISOString(),
    });
  }
}

/** A no-show is recorded once the appointment has begun, not before. */
export class AppointmentNotStartedError extends ConflictError {
  constructor(bookingId: string, earliestAt: Date) {
    super('APPOINTMENT_NOT_STARTED', `Booking ${bookingId}'s appointment starts at ${earliestAt.toISOString()}: it cannot be a no-show yet`, {
      bookingId,
      earliestAt: earliestAt.toISOString(),
    });
  }
}

/** Completing a booking needs the work to have started (a service of it started). */
export class WorkNotStartedError extends ConflictError {
  constructor(bookingId: string) {
    super('WORK_NOT_STARTED', `The work of booking ${bookingId} has not started: start its installation first`, { bookingId });
  }
}

/** No feed answers to this address: never issued, or rotated since. The address is not repeated: it is a secret. */
export class CalendarFeedNotFoundError extends DomainError {
  readonly status = HttpStatus.NOT_FOUND;
  readonly title = 'Not Found';

  constructor() {
    super('CALENDAR_FEED_NOT_FOUND', 'No calendar feed has this address; ask for the current one');
  }
}
