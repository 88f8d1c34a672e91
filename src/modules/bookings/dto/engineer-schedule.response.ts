import { ApiProperty } from '@nestjs/swagger';
import type { EngineerTimeOff } from '../../engineers/engineer.model';
import type { Booking } from '../booking.model';
import { BOOKING_STATUSES, BookingStatus } from '../booking-status';
import { BookingResponse } from './booking.response';

export class ScheduleTimeOffResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  start!: Date;

  @ApiProperty()
  end!: Date;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

/** One visit of a booking: what a day view of the engineer's agenda draws. */
export class ScheduleVisitResponse {
  @ApiProperty({ format: 'uuid' })
  bookingId!: string;

  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  status!: BookingStatus;

  @ApiProperty()
  start!: Date;

  @ApiProperty()
  end!: Date;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'Which visit of its booking this is, from 1' })
  visitNumber!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: 'How many visits its booking has' })
  visitCount!: number;
}

export class EngineerScheduleResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty()
  from!: Date;

  @ApiProperty()
  to!: Date;

  @ApiProperty({ type: [BookingResponse], description: 'Bookings that take the engineer’s time (all but cancelled), by start' })
  bookings!: BookingResponse[];

  @ApiProperty({
    type: [ScheduleVisitResponse],
    description: 'One entry per visit of those bookings that overlaps the period, by start: a multi-day booking appears once per day',
  })
  visits!: ScheduleVisitResponse[];

  @ApiProperty({ type: [ScheduleTimeOffResponse], description: 'By start' })
  timeOff!: ScheduleTimeOffResponse[];

  @ApiProperty({
    example: 'Europe/London',
    description: 'The business time zone (settings), in which the engineer’s days and times are read: engineers may not read the settings themselves',
  })
  timezone!: string;
}

export function mapEngineerSchedule(
  engineerId: string,
  window: { start: Date; end: Date },
  bookings: Booking[],
  timeOff: EngineerTimeOff[],
  timezone: string,
): EngineerScheduleResponse {
  return {
    engineerId,
    timezone,
    from: window.start,
    to: window.end,
    bookings,
    visits: bookings
      .flatMap((booking) =>
        booking.visits.map((visit, index) => ({
          bookingId: booking.id,
          orderId: booking.orderId,
          status: booking.status,
          start: visit.start,
          end: visit.end,
          visitNumber: index + 1,
          visitCount: booking.visits.length,
        })),
      )
      .filter((visit) => visit.start < window.end && visit.end > window.start)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.bookingId.localeCompare(b.bookingId)),
    timeOff: timeOff.map((period) => ({ id: period.id, start: period.start, end: period.end, reason: period.reason })),
  };
}
