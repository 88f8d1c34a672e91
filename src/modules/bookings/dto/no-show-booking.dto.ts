import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, MaxLength } from 'class-validator';
import { NonBlankText } from '@app/common';

export class NoShowBookingDto {
  /** Why the visit failed, if given. Stored trimmed; a reason of only whitespace is a 400. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 500, pattern: '\\S', example: 'Nobody answered; van not on site' })
  @IsOptional()
  @NonBlankText()
  @MaxLength(500)
  reason?: string;
}
