import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { NonBlankText } from '@app/common';

export class CancelOrderDto {
  /** Stored trimmed; a reason of only whitespace is a 400. */
  @ApiProperty({ example: 'Customer changed their mind', minLength: 1, maxLength: 500, pattern: '\\S' })
  @NonBlankText()
  @MaxLength(500)
  reason!: string;
}
