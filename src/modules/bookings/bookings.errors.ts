import { HttpStatus } from '@nestjs/common';
import { BusinessRuleError, ConflictError, DomainError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';
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

@ProblemType({ code: 'BOOKING_NOT_FOUND', description: 'no booking has that id (an engineer sees only their own)', members: notFoundMembers('Booking') })
export class BookingNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Booking', id);
  }
}

/** The order has no installation service: unknown order, nothing to fit, or OrderPlaced not processed yet. */
@ProblemType({
  code: 'INSTALLATION_NOT_FOUND',
  description: 'the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet',
  members: { orderId: member.uuid('The order') },
})
export class InstallationNotFoundError extends DomainError {
  static override readonly status = HttpStatus.NOT_FOUND;
  static override readonly title = 'Not Found';

  constructor(orderId: string) {
    super('INSTALLATION_NOT_FOUND', `Order ${orderId} has no installation to book`, { orderId });
  }
}

@ProblemType({
  code: 'INSTALLATION_NOT_BOOKABLE',
  description: 'the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)',
  members: { orderId: member.uuid('The order'), serviceStatus: member.string('The installation’s status', 'completed') },
})
export class InstallationNotBookableError extends ConflictError {
  constructor(orderId: string, serviceStatus: string) {
    super('INSTALLATION_NOT_BOOKABLE', `The installation of order ${orderId} is ${serviceStatus}; only pending or scheduled work can be booked`, {
      orderId,
      serviceStatus,
    });
  }
}

@ProblemType({
  code: 'INSTALLATION_IN_PROGRESS',
  description: 'the engineer has started the work: complete the booking instead',
  members: { orderId: member.uuid('The order') },
})
export class InstallationInProgressError extends ConflictError {
  constructor(orderId: string) {
    super('INSTALLATION_IN_PROGRESS', `The engineer has started the installation of order ${orderId}; complete the booking instead`, {
      orderId,
    });
  }
}

/** Overlap with another active booking of the engineer (found by the check, or by the database). */
@ProblemType({
  code: 'BOOKING_CONFLICT',
  description: 'the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap)',
  members: { engineerId: member.uuid('The engineer'), conflictingBooking: member.booking('The booking in the way') },
})
export class BookingConflictError extends ConflictError {
  constructor(engineerId: string, conflicting: BookingReference | null) {
    super('BOOKING_CONFLICT', `Engineer ${engineerId} already has a booking at that time`, {
      engineerId,
      conflictingBooking: reference(conflicting),
    });
  }
}

/** The time, or the travel time around it, is kept for another order's checkout by a live hold; the other order is not named. */
@ProblemType({
  code: 'SLOT_HELD',
  description:
    'the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it',
  members: { engineerId: member.uuid('The engineer'), heldUntil: member.instant('When the hold in the way expires, unless it is booked first') },
})
export class SlotHeldError extends ConflictError {
  constructor(engineerId: string, heldUntil: Date) {
    super('SLOT_HELD', `Engineer ${engineerId}'s time then is held for another checkout until ${heldUntil.toISOString()}`, {
      engineerId,
      heldUntil: heldUntil.toISOString(),
    });
  }
}

@ProblemType({
  code: 'ORDER_ALREADY_BOOKED',
  description: 'the order has an active booking, named in `existingBooking`: reschedule or cancel it',
  members: { orderId: member.uuid('The order'), existingBooking: member.booking('The order’s active booking') },
})
export class OrderAlreadyBookedError extends ConflictError {
  constructor(orderId: string, existing: BookingReference | null) {
    super('ORDER_ALREADY_BOOKED', `Order ${orderId} already has an active booking; reschedule or cancel it`, {
      orderId,
      existingBooking: reference(existing),
    });
  }
}

@ProblemType({
  code: 'BOOKING_NOT_SCHEDULED',
  description: 'only a scheduled booking can be rescheduled',
  members: { currentStatus: member.string('The booking’s status', 'completed') },
})
export class BookingNotScheduledError extends ConflictError {
  constructor(id: string, status: string) {
    super('BOOKING_NOT_SCHEDULED', `Booking ${id} is ${status}; only a scheduled booking can be rescheduled`, { currentStatus: status });
  }
}

@ProblemType({
  code: 'BOOKING_CHANGED',
  description: 'another request changed the booking meanwhile: read it again and retry',
  members: { bookingId: member.uuid('The booking') },
})
export class BookingChangedError extends ConflictError {
  constructor(id: string) {
    super('BOOKING_CHANGED', `Booking ${id} was changed by another request meanwhile; read it again and retry`, { bookingId: id });
  }
}

@ProblemType({
  code: ['ENGINEER_INACTIVE', 'ENGINEER_LACKS_SKILLS', 'ENGINEER_DOES_NOT_COVER_AREA'],
  description: 'the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode',
  members: {
    engineerId: member.uuid('The engineer'),
    missingSkills: member.strings('The skills the work needs that the engineer lacks', ['dashcam']),
    postcode: member.string('The installation postcode', 'SW1A 1AA'),
  },
  optional: ['missingSkills', 'postcode'],
})
export class EngineerNotEligibleError extends BusinessRuleError {
  constructor(code: 'ENGINEER_INACTIVE' | 'ENGINEER_LACKS_SKILLS' | 'ENGINEER_DOES_NOT_COVER_AREA', message: string, details: Record<string, unknown>) {
    super(code, message, details);
  }
}

/** Work longer than `maxVisits` of the longest working span: no run of visits could hold it. */
@ProblemType({
  code: 'WORK_LONGER_THAN_WORKING_SPAN',
  description: 'the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it',
  members: {
    durationMinutes: member.integer('How long the work takes', 3000),
    longestSpanMinutes: member.integer('The longest working span', 480),
    maxVisits: member.integer('The most visits a booking may have', 5),
  },
})
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

@ProblemType({
  code: 'SLOT_NOT_ON_GRID',
  description: 'appointments start every `slotMinutes` minutes from midnight, business time',
  members: { slotMinutes: member.integer('The slot grid', 30) },
})
export class SlotNotOnGridError extends BusinessRuleError {
  constructor(slotMinutes: number) {
    super('SLOT_NOT_ON_GRID', `Appointments start every ${slotMinutes} minutes from midnight, business time`, { slotMinutes });
  }
}

@ProblemType({
  code: 'SLOT_TOO_SOON',
  description: 'the start is inside the lead time: the earliest possible start is `earliestStart`',
  members: { earliestStart: member.instant('The earliest start the lead time allows') },
})
export class SlotTooSoonError extends BusinessRuleError {
  constructor(earliestStart: Date) {
    super('SLOT_TOO_SOON', `The earliest possible start is ${earliestStart.toISOString()}`, { earliestStart: earliestStart.toISOString() });
  }
}

@ProblemType({ code: 'OUTSIDE_WORKING_HOURS', description: 'the engineer does not work the whole of that time in one working span' })
export class OutsideWorkingHoursError extends BusinessRuleError {
  constructor(engineerId: string) {
    super('OUTSIDE_WORKING_HOURS', `Engineer ${engineerId} does not work the whole of that time in one span`, {});
  }
}

@ProblemType({
  code: 'ENGINEER_ON_TIME_OFF',
  description: 'the engineer has time off then, named in `timeOff`',
  members: { timeOff: member.interval('The time off in the way') },
})
export class EngineerOnTimeOffError extends BusinessRuleError {
  constructor(engineerId: string, timeOff: Interval) {
    super('ENGINEER_ON_TIME_OFF', `Engineer ${engineerId} has time off then`, { timeOff: iso(timeOff) });
  }
}

@ProblemType({
  code: 'TRAVEL_BUFFER_NOT_KEPT',
  description:
    'the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that',
  members: {
    travelBufferMinutes: member.integer('The flat minimum between jobs', 30),
    travelMinutes: member.integer('The travel time needed between the two places', 42),
    nearbyBooking: member.booking('The booking too close'),
  },
})
export class TravelBufferNotKeptError extends BusinessRuleError {
  constructor(engineerId: string, travel: { travelBufferMinutes: number; travelMinutes: number }, nearby: { bookingId: string } & Interval) {
    super('TRAVEL_BUFFER_NOT_KEPT', `Engineer ${engineerId} needs ${travel.travelMinutes} minutes between that job and booking ${nearby.bookingId}`, {
      travelBufferMinutes: travel.travelBufferMinutes,
      travelMinutes: travel.travelMinutes,
      nearbyBooking: { id: nearby.bookingId, ...iso(nearby) },
    });
  }
}

@ProblemType({
  code: 'TRAVEL_FROM_HOME_NOT_KEPT',
  description: 'with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart`',
  members: { travelMinutes: member.integer('The travel time from the home base', 35), earliestStart: member.instant('The earliest start that day') },
})
export class TravelFromHomeNotKeptError extends BusinessRuleError {
  constructor(engineerId: string, travelMinutes: number, earliestStart: Date) {
    super('TRAVEL_FROM_HOME_NOT_KEPT', `Engineer ${engineerId} needs ${travelMinutes} minutes from their home base: the day's first job starts from ${earliestStart.toISOString()}`, {
      travelMinutes,
      earliestStart: earliestStart.toISOString(),
    });
  }
}

@ProblemType({
  code: 'DAILY_CAPACITY_REACHED',
  description: 'the engineer already has `maxJobsPerDay` jobs on `date`',
  members: { date: member.date('The business day'), maxJobsPerDay: member.integer('The daily job limit', 6) },
})
export class DailyCapacityReachedError extends BusinessRuleError {
  constructor(engineerId: string, date: string, maxJobsPerDay: number) {
    super('DAILY_CAPACITY_REACHED', `Engineer ${engineerId} already has ${maxJobsPerDay} jobs on ${date}`, { date, maxJobsPerDay });
  }
}

@ProblemType({
  code: 'TOO_MANY_VISITS',
  description: 'from that start the work would need more than `maxVisits` visits: start earlier in a day',
  members: { maxVisits: member.integer('The most visits a booking may have', 5) },
})
export class TooManyVisitsError extends BusinessRuleError {
  constructor(maxVisits: number) {
    super('TOO_MANY_VISITS', `From that start the work would need more than ${maxVisits} visits; start earlier in a day`, { maxVisits });
  }
}

/** The errors a slot rule the requested time breaks is answered with: 409 for an overlap or a hold, 422 naming the rule otherwise. */
export const SLOT_RULE_ERRORS = [
  BookingConflictError,
  SlotHeldError,
  SlotNotOnGridError,
  SlotTooSoonError,
  OutsideWorkingHoursError,
  EngineerOnTimeOffError,
  TravelBufferNotKeptError,
  TravelFromHomeNotKeptError,
  DailyCapacityReachedError,
  TooManyVisitsError,
] as const;

/**
 * A slot rule the requested time breaks: 409 for an overlap, 422 naming the rule otherwise. Time
 * held for another checkout, or too close to it to travel, is 409 `SLOT_HELD`: the hold is no
 * booking to name, and the other order is none of the caller's business.
 */
export function slotViolationError(engineerId: string, violation: SlotViolation): DomainError {
  if ((violation.rule === 'BOOKING_OVERLAP' || violation.rule === 'TRAVEL_BUFFER') && violation.booking.heldUntil) {
    return new SlotHeldError(engineerId, violation.booking.heldUntil);
  }
  switch (violation.rule) {
    case 'BOOKING_OVERLAP':
      return new BookingConflictError(engineerId, { id: violation.booking.bookingId, ...violation.booking });
    case 'SLOT_GRID':
      return new SlotNotOnGridError(violation.slotMinutes);
    case 'LEAD_TIME':
      return new SlotTooSoonError(violation.earliestStart);
    case 'WORKING_HOURS':
      return new OutsideWorkingHoursError(engineerId);
    case 'TIME_OFF':
      return new EngineerOnTimeOffError(engineerId, violation.timeOff);
    case 'TRAVEL_BUFFER':
      return new TravelBufferNotKeptError(engineerId, violation, violation.booking);
    case 'HOME_TRAVEL':
      return new TravelFromHomeNotKeptError(engineerId, violation.travelMinutes, violation.earliestStart);
    case 'DAILY_CAPACITY':
      return new DailyCapacityReachedError(engineerId, violation.date, violation.maxJobsPerDay);
    case 'VISIT_LIMIT':
      return new TooManyVisitsError(violation.maxVisits);
  }
}

/** A booked service may be started from the local start of its appointment's day. */
@ProblemType({
  code: 'TOO_EARLY_TO_START',
  description: 'the appointment’s day has not begun: the work may start from `earliestAt`',
  members: { bookingId: member.uuid('The booking'), earliestAt: member.instant('The start of the appointment’s day, business time') },
})
export class TooEarlyToStartError extends ConflictError {
  constructor(bookingId: string, earliestAt: Date) {
    super('TOO_EARLY_TO_START', `The work of booking ${bookingId} may start from ${earliestAt.toISOString()}, the start of its appointment's day`, {
      bookingId,
      earliestAt: earliestAt.toISOString(),
    });
  }
}

/** A no-show is recorded once the appointment has begun, not before. */
@ProblemType({
  code: 'APPOINTMENT_NOT_STARTED',
  description: 'the appointment has not begun (it starts at `earliestAt`): it cannot be a no-show yet',
  members: { bookingId: member.uuid('The booking'), earliestAt: member.instant('The appointment’s start') },
})
export class AppointmentNotStartedError extends ConflictError {
  constructor(bookingId: string, earliestAt: Date) {
    super('APPOINTMENT_NOT_STARTED', `Booking ${bookingId}'s appointment starts at ${earliestAt.toISOString()}: it cannot be a no-show yet`, {
      bookingId,
      earliestAt: earliestAt.toISOString(),
    });
  }
}

/** Completing a booking needs the work to have started (a service of it started). */
@ProblemType({
  code: 'WORK_NOT_STARTED',
  description: 'no task of the booking has started: start its installation first',
  members: { bookingId: member.uuid('The booking') },
})
export class WorkNotStartedError extends ConflictError {
  constructor(bookingId: string) {
    super('WORK_NOT_STARTED', `The work of booking ${bookingId} has not started: start its installation first`, { bookingId });
  }
}

/** No feed answers to this address: never issued, or rotated since. The address is not repeated: it is a secret. */
@ProblemType({ code: 'CALENDAR_FEED_NOT_FOUND', description: 'no calendar feed has this address: it was never issued, or has been rotated since' })
export class CalendarFeedNotFoundError extends DomainError {
  static override readonly status = HttpStatus.NOT_FOUND;
  static override readonly title = 'Not Found';

  constructor() {
    super('CALENDAR_FEED_NOT_FOUND', 'No calendar feed has this address; ask for the current one');
  }
}
