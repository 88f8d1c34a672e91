import { ApiProperty } from '@nestjs/swagger';

/** A period as instants (UTC) and as the business time zone's clock shows them, with its offset. */
export class LocalPeriodResponse {
  @ApiProperty({ example: '2026-03-30T08:00:00.000Z' })
  start!: Date;

  @ApiProperty({ example: '2026-03-30T17:00:00.000Z' })
  end!: Date;

  @ApiProperty({ example: '2026-03-30T09:00+01:00', description: 'Local date and time of `start`, with the offset in force' })
  localStart!: string;

  @ApiProperty({ example: '2026-03-30T18:00+01:00', description: 'Local date and time of `end`, with the offset in force' })
  localEnd!: string;
}

export class BoardTimeOffResponse extends LocalPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

/** The order a visit or a hold on the board is for. */
export class BoardOrderPeriodResponse extends LocalPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ example: 'VT-000123' })
  orderNumber!: string;

  @ApiProperty({ example: 'Jane Driver' })
  customerName!: string;

  @ApiProperty({ example: 'LS12 3AB', description: 'Where the work is: the order’s installation postcode' })
  postcode!: string;
}

export type BoardOrderFields = Pick<BoardOrderPeriodResponse, 'orderId' | 'orderNumber' | 'customerName' | 'postcode'>;

export class BoardVisitResponse extends BoardOrderPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  bookingId!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Tasks the booking holds' })
  taskCount!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Of those, how many failed at a visit (pending again, in the queue)' })
  failedTaskCount!: number;

  @ApiProperty({ enum: ['scheduled', 'completed', 'no_show'], example: 'scheduled', description: 'The booking’s status' })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'Which visit of its booking this is' })
  visitNumber!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'How many visits its booking has' })
  visitCount!: number;
}

export class BoardHoldResponse extends BoardOrderPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  holdId!: string;

  @ApiProperty({ example: '2026-03-30T07:10:00.000Z', description: 'When the hold lapses unless the checkout books it' })
  expiresAt!: Date;
}

export class BoardGapResponse extends LocalPeriodResponse {
  @ApiProperty({ type: 'integer', example: 90 })
  minutes!: number;
}

export class BoardDayResponse {
  @ApiProperty({ format: 'date', example: '2026-03-30' })
  date!: string;

  @ApiProperty({ type: [LocalPeriodResponse], description: 'The engineer’s working spans that day (their hours, else the default), earliest first' })
  workingSpans!: LocalPeriodResponse[];

  @ApiProperty({ type: [BoardTimeOffResponse], description: 'Time off overlapping the day, whole, earliest first' })
  timeOff!: BoardTimeOffResponse[];

  @ApiProperty({ type: [BoardVisitResponse], description: 'Visits overlapping the day of bookings that take time (all but cancelled), by start' })
  visits!: BoardVisitResponse[];

  @ApiProperty({
    type: [BoardHoldResponse],
    description: 'Visits of live holds overlapping the day (time a web-shop checkout keeps for an order until it expires: booking it answers 409 `SLOT_HELD`), by start',
  })
  holds!: BoardHoldResponse[];

  @ApiProperty({ type: [BoardGapResponse], description: 'Working time left: the spans less time off, visits and live holds (travel not deducted), earliest first' })
  freeGaps!: BoardGapResponse[];

  @ApiProperty({ type: 'integer', example: 480, description: 'Working minutes not on time off' })
  availableMinutes!: number;

  @ApiProperty({ type: 'integer', example: 150, description: 'Visit minutes inside the working spans' })
  bookedMinutes!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Minutes live holds keep inside the working spans' })
  heldMinutes!: number;
}

export class BoardEngineerResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: 'Ada Fitter' })
  name!: string;

  @ApiProperty({ type: [BoardDayResponse], description: 'One entry per date of the board' })
  days!: BoardDayResponse[];
}

export class DispatchBoardResponse {
  @ApiProperty({ format: 'date', example: '2026-03-30' })
  date!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  days!: number;

  @ApiProperty({ example: 'Europe/London', description: 'The business time zone the dates and local times are in' })
  timezone!: string;

  @ApiProperty({ description: 'Start of the first date' })
  from!: Date;

  @ApiProperty({ description: 'End of the last date' })
  to!: Date;

  @ApiProperty({ type: [BoardEngineerResponse], description: 'Active engineers in scope, by name' })
  engineers!: BoardEngineerResponse[];
}
