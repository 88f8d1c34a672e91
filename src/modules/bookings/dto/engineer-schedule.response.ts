import { ApiProperty } from '@nestjs/swagger';
import type { EngineerTimeOff } from '../../engineers/engineer.model';
import type { Booking } from '../booking.model';
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

export class EngineerScheduleResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty()
  from!: Date;

  @ApiProperty()
  to!: Date;

  @ApiProperty({ type: [BookingResponse], description: 'Bookings that take the engineer’s time (all but cancelled), by start' })
  bookings!: BookingResponse[];

  @ApiProperty({ type: [ScheduleTimeOffResponse], description: 'By start' })
  timeOff!: ScheduleTimeOffResponse[];
}

export function mapEngineerSchedule(
  engineerId: string,
  window: { start: Date; end: Date },
  bookings: Booking[],
  timeOff: EngineerTimeOff[],
): EngineerScheduleResponse {
  return {
    engineerId,
    from: window.start,
    to: window.end,
    bookings,
    timeOff: timeOff.map((period) => ({ id: period.id, start: period.start, end: period.end, reason: period.reason })),
  };
}
