import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsInstant, TrimmedOrNull } from '@app/common';

export class CreateBookingDto {
  @ApiProperty({ format: 'uuid', description: 'The order whose installation is booked' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  engineerId!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-02T09:00:00Z',
    description: 'On the slot grid; the end follows from the installation estimate',
  })
  @IsInstant()
  start!: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, example: 'Van parked in bay 4' })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
