import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/**
 * UK number plates in the formats the DVLA has issued, matched without spaces; the two
 * capture groups are the halves the DVLA prints with a space between them.
 */
const PLATE_FORMATS: readonly RegExp[] = [
  /^([A-Z]{2}[0-9]{2})([A-Z]{3})$/, // current: AB12 CDE
  /^([A-Z][0-9]{1,3})([A-Z]{3})$/, // prefix: A123 BCD
  /^([A-Z]{3})([0-9]{1,3}[A-Z])$/, // suffix: ABC 123D
  /^([0-9]{1,4})([A-Z]{1,3})$/, // dateless: 1234 AB
  /^([A-Z]{1,3})([0-9]{1,4})$/, // dateless: AB 1234
];

/** The canonical spelling of a UK registration, or null when the text is not one. */
export function normaliseUkRegistration(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  for (const format of PLATE_FORMATS) {
    const match = format.exec(compact);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return null;
}

/** Stores a registration in the DVLA's spelling (`ab12cde` → `AB12 CDE`); anything unreadable is left for @IsUkRegistration. */
export function NormalisedUkRegistration(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? (normaliseUkRegistration(value) ?? value) : value));
}

export function IsUkRegistration(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUkRegistration',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normaliseUkRegistration(value) !== null,
        defaultMessage: () => 'registration must be a UK vehicle registration',
      },
    },
    options,
  );
}

/** A vehicle identification number: 17 letters and digits, never I, O or Q (ISO 3779). */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Trims and upper-cases a VIN; anything else is left for @IsVin. */
export function NormalisedVin(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
}

export function IsVin(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isVin',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && VIN_PATTERN.test(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be 17 letters and digits without I, O or Q`, options),
      },
    },
    options,
  );
}
