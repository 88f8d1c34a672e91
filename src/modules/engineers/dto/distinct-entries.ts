import { Transform } from 'class-transformer';

/** Normalises each entry and drops repeats (`["sw", "SW "]` is one area); non-arrays are left for @IsArray to report. */
export function DistinctEntries(normalise: (value: unknown) => unknown): PropertyDecorator {
  return Transform(({ value }) => (Array.isArray(value) ? [...new Set(value.map(normalise))] : value));
}
