import { ApiProperty } from '@nestjs/swagger';
import type { HeldSlot } from '../booking-holds.service';

export class BookingHoldResponse {
  @ApiProperty({ format: 'uuid', description: 'Book it with `POST /bookings` `{orderId, holdId}` before `expiresAt`' })
  holdId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T08:10:00.000Z', description: 'Until then the slot is offered to, and bookable by, no other order' })
  expiresAt!: Date;
}

export function mapBookingHold(held: HeldSlot): BookingHoldResponse {
  return { holdId: held.holdId, expiresAt: held.expiresAt };
}
