import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import type { AvailabilityExplanation, ExclusionReason } from '../availability.service';
import { NEXT_AVAILABLE_LOOKAHEAD_DAYS } from '../availability.service';

export const EXCLUSION_REASONS = [
  'NOT_SKILLED',
  'OUTSIDE_AREA',
  'INACTIVE',
  'WORK_TOO_LONG',
  'TIME_OFF',
  'FULLY_BOOKED',
  'DAILY_CAPACITY',
] as const satisfies readonly ExclusionReason[];

export class EngineerExclusionResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: 'Priya Shah' })
  engineerName!: string;

  @ApiProperty({
    enum: EXCLUSION_REASONS,
    example: 'FULLY_BOOKED',
    description:
      'The first rule that left the engineer out, checked in this order: `NOT_SKILLED` (lacks a required skill), `OUTSIDE_AREA` ' +
      '(does not cover the postcode), `INACTIVE`; then, added one at a time to a free agenda, `WORK_TOO_LONG` (the work, with the ' +
      'travel from home when that counts, fits none of their working spans in the window), `TIME_OFF`, `FULLY_BOOKED` (their ' +
      'bookings, with travel, leave no room) and `DAILY_CAPACITY` (their job limit)',
  })
  reason!: ExclusionReason;
}

/** The fields `explain=true` adds, as JSON text after the slots (without the braces around them). */
export function explanationJsonFields(explanation: AvailabilityExplanation): string {
  const next = explanation.nextAvailableDate === undefined ? '' : `,"nextAvailableDate":${JSON.stringify(explanation.nextAvailableDate)}`;
  return `,"excluded":${JSON.stringify(explanation.excluded)}${next}`;
}

/** For the document: what `explain=true` adds to availability and suggestions. */
export const EXPLANATION_PROPERTIES: Record<'excluded' | 'nextAvailableDate', ApiPropertyOptions> = {
  excluded: {
    type: [EngineerExclusionResponse],
    required: false,
    description: 'With `explain=true`: every engineer considered and left out, by name, with the first rule that excluded them',
  },
  nextAvailableDate: {
    type: 'string',
    format: 'date',
    nullable: true,
    required: false,
    example: '2026-03-16',
    description:
      `With \`explain=true\` and no slot in the window: the first local date after it on which anyone could take the job, ` +
      `looking ${NEXT_AVAILABLE_LOOKAHEAD_DAYS / 7} weeks ahead; null when nobody could`,
  },
};
