import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsInstant } from '@app/common';

/** As a booking is asked for: the order, the engineer and the start of a slot availability offered. */
export class CreateBookingHoldDto {
  @ApiProperty({ format: 'uuid', description: 'The order whose installation the slot is held for' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  engineerId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00Z', description: 'A slot’s start, on the slot grid' })
  @IsInstant()
  start!: string;
}
