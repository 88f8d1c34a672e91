import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, MaxLength } from 'class-validator';
import { NonBlankText } from '@app/common';

export class CancelAppointmentDto {
  /** Stored trimmed as the booking's cancellation reason; without one, `cancelled by the customer`. Only whitespace is a 400. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 500, pattern: '\\S', example: 'We sold the van' })
  @IsOptional()
  @NonBlankText()
  @MaxLength(500)
  reason?: string;
}
