import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, MaxLength, ValidateIf } from 'class-validator';
import { NonBlankText } from '@app/common';
import { VISIT_FAILURE_REASONS, VisitFailureReason } from '../visit-failure';

export class FailServiceDto {
  @ApiProperty({ enum: VISIT_FAILURE_REASONS, enumName: 'VisitFailureReason', example: 'vehicle_not_present' })
  @IsIn(VISIT_FAILURE_REASONS)
  reason!: VisitFailureReason;

  /** Required (non-blank) when `reason` is `other`, optional otherwise; stored trimmed. */
  @ApiPropertyOptional({
    description: 'What happened, in the engineer’s words. Required (non-blank) when `reason` is `other`; optional otherwise.',
    minLength: 1,
    maxLength: 500,
    pattern: '\\S',
    example: 'Van was out on a job; customer will call back',
  })
  @ValidateIf((body: FailServiceDto) => body.reason === 'other' || body.note !== undefined)
  @NonBlankText()
  @MaxLength(500)
  note?: string;
}
