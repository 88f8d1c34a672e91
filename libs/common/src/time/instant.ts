import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, ValidateBy, ValidationOptions, buildMessage, isISO8601 } from 'class-validator';

// Extended ISO 8601 with an explicit offset: "2026-03-02T09:00" alone would be read in
// whatever zone the server runs in. isISO8601 then rejects impossible dates (30 February).
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instants the API accepts, in UTC: years 1900 to 9999. Both databases store any of them,
 * and nothing outside reaches SQL (PostgreSQL refuses year 0 and years past 294276 with an error).
 */
export const EARLIEST_INSTANT = new Date('1900-01-01T00:00:00Z');
export const LATEST_INSTANT = new Date('9999-12-31T23:59:59.999Z');

export function isInstantInRange(date: Date): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= EARLIEST_INSTANT.getTime() && time <= LATEST_INSTANT.getTime();
}

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE_TIME_WITH_OFFSET.test(value) &&
    isISO8601(value, { strict: true }) &&
    isInstantInRange(new Date(value))
  );
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00Z, between 1900 and 9999`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * An instant read into a `Date` (a query filter): only what `isInstant` accepts becomes a Date;
 * anything else, e.g. an impossible day or a bare number, stays as it came and is a 400.
 */
export function InstantDate(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (isInstant(value) ? new Date(value) : value)),
    IsDate({ message: '$property must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00Z, between 1900 and 9999' }),
  );
}
