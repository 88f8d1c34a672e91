import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isUkPostcodeArea, isUkPostcodeDistrict, ukPostcodeAreaOf } from '@app/common';

/** Trims and upper-cases text so `sw1a ` and `SW1A` are one district; anything else is left for validation. */
export function normalisePostcodeArea(value: string): string;
export function normalisePostcodeArea(value: unknown): unknown;
export function normalisePostcodeArea(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toUpperCase() : value;
}

/** What an engineer's coverage is written in: an area (`SW`, `M`) or a district (`SW1A`, `M1`). */
export function isPostcodeAreaOrDistrict(value: unknown): value is string {
  return isUkPostcodeArea(value) || isUkPostcodeDistrict(value);
}

/**
 * The coverage entries that include `place`: a district is covered by an engineer who
 * covers that district or its whole area; an area only by one who covers the whole area.
 * A value of the wrong shape is covered by nobody.
 */
export function coveringAreas(place: string): string[] {
  const normalised = normalisePostcodeArea(place);
  if (isUkPostcodeArea(normalised)) return [normalised];
  if (isUkPostcodeDistrict(normalised)) return [normalised, ukPostcodeAreaOf(normalised)];
  return [];
}

export function IsPostcodeAreaOrDistrict(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPostcodeAreaOrDistrict',
      validator: {
        validate: isPostcodeAreaOrDistrict,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a UK postcode area or district such as SW, M1 or EC1A`,
          options,
        ),
      },
    },
    options,
  );
}
