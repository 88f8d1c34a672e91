import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsInstant } from '@app/common';

/** A slot from the appointment's availability: its start and its engineer. */
export class RescheduleAppointmentDto {
  @ApiProperty({ format: 'date-time', example: '2030-01-09T13:00:00.000Z' })
  @IsInstant()
  start!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The slot’s engineer; without it, the booking’s engineer stays' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}
