import { Transform } from 'class-transformer';

/**
 * Query strings arrive as text; `?active=false` must mean false, not a truthy string.
 * Values other than true/false are left as they are so @IsBoolean reports them.
 */
export function BooleanQuery(): PropertyDecorator {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

/** Trims text and upper-cases it, e.g. postcode areas and SKUs. */
export function UpperCaseTrimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
}
