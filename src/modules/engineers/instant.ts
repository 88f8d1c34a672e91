import { ValidateBy, ValidationOptions, buildMessage, isISO8601 } from 'class-validator';

// Extended ISO 8601 with an explicit offset: "2026-03-02T09:00" alone would be read in
// whatever zone the server runs in. isISO8601 then rejects impossible dates (30 February).
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME_WITH_OFFSET.test(value) && isISO8601(value, { strict: true });
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00Z`,
          options,
        ),
      },
    },
    options,
  );
}
