import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

// Shapes from the UK Government postcode standard (BS 7666). Each position allows only
// certain letters, so typos such as `QQ1 1AA` or `SW1I 1AA` are refused rather than stored.
const FIRST = '[A-PR-UWYZ]';
const SECOND = '[A-HK-Y]';
const OUTWARD = new RegExp(
  `^(?:${FIRST}\\d{1,2}|${FIRST}${SECOND}\\d{1,2}|${FIRST}\\d[A-HJKPSTUW]|${FIRST}${SECOND}\\d[ABEHMNPRVWXY])$`,
);
const AREA = new RegExp(`^${FIRST}${SECOND}?$`);
// The inward code never uses C, I, K, M, O or V, which are too easily misread.
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;
// The one non-geographic code still in use (formerly Girobank) that breaks the shapes above.
const GIROBANK = 'GIR 0AA';

export interface UkPostcode {
  /** Upper case, one space before the inward code: `SW1A 1AA`. */
  postcode: string;
  /** `SW1A`. Royal Mail calls it the postcode district; engineers' coverage is written in these. */
  outward: string;
  /** `1AA`: sector digit and unit letters. */
  inward: string;
  /** The leading letters of the outward code: `SW`, `M`, `EC`. */
  area: string;
  /** Outward code and sector digit: `SW1A 1`. */
  sector: string;
}

/**
 * Reads a UK postcode however it was typed (`sw1a1aa`, ` sw1a  1aa `); null when it is
 * not one. Spaces are not significant: the inward code is always the last three characters.
 */
export function parseUkPostcode(input: string): UkPostcode | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  const postcode = `${outward} ${inward}`;
  if (postcode !== GIROBANK && !(OUTWARD.test(outward) && INWARD.test(inward))) return null;
  return {
    postcode,
    outward,
    inward,
    area: ukPostcodeAreaOf(outward),
    sector: `${outward} ${inward[0]}`,
  };
}

/** A postcode area such as `SW`, `M` or `EC`, already upper-case. */
export function isUkPostcodeArea(value: unknown): value is string {
  return typeof value === 'string' && AREA.test(value);
}

/** A postcode district (outward code) such as `SW1A`, `M1` or `EC1A`, already upper-case. */
export function isUkPostcodeDistrict(value: unknown): value is string {
  return typeof value === 'string' && OUTWARD.test(value);
}

/** The area a district belongs to: its leading letters (`EC1A` → `EC`). */
export function ukPostcodeAreaOf(district: string): string {
  return district.replace(/\d.*$/, '');
}

export function isUkPostcode(value: unknown): value is string {
  return typeof value === 'string' && parseUkPostcode(value) !== null;
}

/** Stores a postcode in its normal form; anything unreadable is left for @IsUkPostcode to report. */
export function NormalisedUkPostcode(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? (parseUkPostcode(value)?.postcode ?? value) : value));
}

export function IsUkPostcode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUkPostcode',
      validator: {
        validate: isUkPostcode,
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a UK postcode such as SW1A 1AA`, options),
      },
    },
    options,
  );
}

/** What an engineer's coverage and a dispatcher's area filter are written in: an area (`SW`, `M`) or a district (`SW1A`, `M1`). */
export function isPostcodeAreaOrDistrict(value: unknown): value is string {
  return isUkPostcodeArea(value) || isUkPostcodeDistrict(value);
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
