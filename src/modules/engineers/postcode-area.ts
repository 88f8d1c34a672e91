import { isUkPostcodeArea, isUkPostcodeDistrict, ukPostcodeAreaOf } from '@app/common';

// Coverage is written in areas and districts; the validators live in libs/common, which the dispatcher's filters share.
export { IsPostcodeAreaOrDistrict, isPostcodeAreaOrDistrict } from '@app/common';

/** Trims and upper-cases text so `sw1a ` and `SW1A` are one district; anything else is left for validation. */
export function normalisePostcodeArea(value: string): string;
export function normalisePostcodeArea(value: unknown): unknown;
export function normalisePostcodeArea(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toUpperCase() : value;
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
