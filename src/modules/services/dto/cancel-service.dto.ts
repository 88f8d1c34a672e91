import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { NonBlankText } from '@app/common';

export class CancelServiceDto {
  /** Stored trimmed; a reason of only whitespace is a 400. */
  @ApiProperty({ minLength: 1, maxLength: 500, pattern: '\\S', example: 'Customer sold the vehicle' })
  @NonBlankText()
  @MaxLength(500)
  reason!: string;
}
