import { ApiProperty } from '@nestjs/swagger';

/** A booked job named by a 409 (`bookings` of TIME_OFF_OVERLAPS_BOOKINGS and ENGINEER_HAS_BOOKINGS). */
export class BookedJobReference {
  @ApiProperty({ format: 'uuid', description: 'The booking', example: '5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Its order’s number', example: 'VT-000042' })
  orderNumber!: string | null;

  @ApiProperty({ format: 'date-time', description: 'UTC', example: '2030-01-07T10:00:00.000Z' })
  start!: string;
}

/** The existing time off a 409 TIME_OFF_OVERLAPS names. */
export class TimeOffReference {
  @ApiProperty({ format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ format: 'date-time', description: 'UTC', example: '2030-01-07T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', description: 'UTC, exclusive', example: '2030-01-07T17:00:00.000Z' })
  end!: string;
}
