import { ValidationFailedError } from '../errors/domain-error';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` header of a POST that honours it (orders v1 and v2, bookings): 1-255 visible ASCII characters, else a 400. */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }]);
  }
  return header;
}
