import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsInstant } from '@app/common';

/** At least one of the two; what is left out stays as it is. */
export class RescheduleBookingDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-03T13:30:00Z' })
  @IsOptional()
  @IsInstant()
  start?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}
