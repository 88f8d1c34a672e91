import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsInstant, TrimmedOrNull } from '@app/common';

/** Without a hold, the engineer and start are required; with one they are its own, and may be left out. */
const requiredWithoutHold = (body: CreateBookingDto, value: unknown) => body.holdId === undefined || value !== undefined;

export class CreateBookingDto {
  @ApiProperty({ format: 'uuid', description: 'The order whose installation is booked' })
  @IsUUID()
  orderId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A live hold of the order (`POST /bookings/holds`): its engineer and start are booked and the hold is consumed',
  })
  @IsOptional()
  @IsUUID()
  holdId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required without `holdId`; with it, the hold’s engineer (another is a 409 `HOLD_MISMATCH`)' })
  @ValidateIf(requiredWithoutHold)
  @IsUUID()
  engineerId?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-03-02T09:00:00Z',
    description: 'On the slot grid; the end follows from the installation estimate. Required without `holdId`; with it, the hold’s start',
  })
  @ValidateIf(requiredWithoutHold)
  @IsInstant()
  start?: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, example: 'Van parked in bay 4' })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
