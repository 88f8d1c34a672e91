import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { NonBlankText } from '@app/common';

export class CancelBookingDto {
  /** Stored trimmed; a reason of only whitespace is a 400. */
  @ApiProperty({ minLength: 1, maxLength: 500, pattern: '\\S', example: 'Customer asked to move to next month' })
  @NonBlankText()
  @MaxLength(500)
  reason!: string;
}
