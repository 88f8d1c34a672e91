import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString } from 'class-validator';

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

/** Trims text and lower-cases it, e.g. e-mail addresses, so searches and comparisons ignore case. */
export function LowerCaseTrimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
}

/** Trims text, so a stray space typed into a form is not stored. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

/**
 * Text that must say something, e.g. a reason: stored trimmed, and only spaces, tabs or newlines
 * are a 400 naming the field. Add the length limit beside it, and `@IsOptional()` first when the
 * field may be left out.
 */
export function NonBlankText(): PropertyDecorator {
  return applyDecorators(Trimmed(), IsString(), IsNotEmpty({ message: '$property must not be blank' }));
}

/** Trims optional text; blank means "no value", stored as null rather than ''. */
export function TrimmedOrNull(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));
}

/** Free-text search: trimmed, and a cleared search box means no filter rather than a 400. */
export function SearchText(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));
}
