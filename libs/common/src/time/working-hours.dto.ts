import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  Matches,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  Validate,
} from 'class-validator';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface TimeSpan {
  start: string;
  end: string;
}

/** Local wall-clock hours per weekday, read in the business time zone. */
export type WorkingHours = Record<Weekday, TimeSpan[]>;

@ValidatorConstraint({ name: 'endsAfterStart' })
class EndsAfterStart implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const { start } = args.object as TimeSpanDto;
    return typeof end === 'string' && typeof start === 'string' && end > start;
  }

  defaultMessage(): string {
    return 'end must be later than start on the same day';
  }
}

@ValidatorConstraint({ name: 'spansDoNotOverlap' })
class SpansDoNotOverlap implements ValidatorConstraintInterface {
  validate(spans: unknown): boolean {
    // Spans that are not HH:mm pairs are reported by their own checks, not here.
    const readable = (span: unknown): span is TimeSpan =>
      typeof span === 'object' && span !== null && typeof (span as TimeSpan).start === 'string' && typeof (span as TimeSpan).end === 'string';
    if (!Array.isArray(spans) || !spans.every(readable)) return true;
    const sorted = [...spans].sort((a, b) => a.start.localeCompare(b.start));
    return sorted.every((span, index) => index === 0 || sorted[index - 1]!.end <= span.start);
  }

  defaultMessage(): string {
    return 'spans of one day must not overlap';
  }
}

export class TimeSpanDto implements TimeSpan {
  @ApiProperty({ example: '09:00', pattern: HH_MM.source })
  @Matches(HH_MM, { message: '$property must be HH:mm (24-hour)' })
  start!: string;

  @ApiProperty({ example: '17:00', pattern: HH_MM.source })
  @Matches(HH_MM, { message: '$property must be HH:mm (24-hour)' })
  @Validate(EndsAfterStart)
  end!: string;
}

function DaySpans(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    ApiProperty({ type: [TimeSpanDto], required: false, description: 'Empty or absent: not working that day' })(target, property);
    IsOptional()(target, property);
    IsArray()(target, property);
    ArrayMaxSize(6)(target, property);
    ValidateNested({ each: true })(target, property);
    Type(() => TimeSpanDto)(target, property);
    Validate(SpansDoNotOverlap)(target, property);
  };
}

export class WorkingHoursDto implements Partial<WorkingHours> {
  @DaySpans() monday?: TimeSpanDto[];
  @DaySpans() tuesday?: TimeSpanDto[];
  @DaySpans() wednesday?: TimeSpanDto[];
  @DaySpans() thursday?: TimeSpanDto[];
  @DaySpans() friday?: TimeSpanDto[];
  @DaySpans() saturday?: TimeSpanDto[];
  @DaySpans() sunday?: TimeSpanDto[];
}

/** Fills absent days with no spans and drops class instances, ready to persist as JSON. */
export function normaliseWorkingHours(input: Partial<WorkingHours>): WorkingHours {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, (input[day] ?? []).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start.localeCompare(b.start))]),
  ) as WorkingHours;
}
