import { ValidationFailedError } from '../errors/domain-error';
import { decodeCursor, decodeDatedCursor, encodeCursor, encodeDatedCursor } from './cursor';

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

const tamper = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursor', () => {
  it('round-trips a position', () => {
    const position = { createdAt: new Date('2026-01-15T10:30:00.123Z'), id: '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'garbage'],
    ['a non-UUID id', tamper(['2026-01-15T10:30:00.000Z', "1' OR '1'='1"])],
    ['an unreadable date', tamper(['yesterday', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c'])],
    ['JSON null', tamper(null)],
    ['a date out of range', tamper(['+275760-09-13T00:00:00.000Z', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c'])],
    ['year 0', tamper(['0000-01-01T00:00:00.000Z', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c'])],
    ['a bare number as the date', tamper([0, '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c'])],
    ['an object', tamper({ createdAt: '2026-01-15T10:30:00.000Z' })],
  ])('rejects %s as a 400 naming cursor', (_case, cursor) => {
    const thrown = errorOf(() => decodeCursor(cursor));
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect(thrown).toMatchObject({ errors: [{ field: 'cursor' }] });
  });
});

describe('dated keyset cursor', () => {
  const position = { date: '2026-03-30', createdAt: new Date('2026-03-20T08:00:00.000Z'), id: '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c' };

  it('round-trips a position', () => {
    expect(decodeDatedCursor(encodeDatedCursor(position))).toEqual(position);
  });

  it.each([
    ['a plain cursor', encodeCursor(position)],
    ['a date that is not one', tamper(['2026-02-30', position.createdAt.toISOString(), position.id])],
    ['a number as the date', tamper([20260330, position.createdAt.toISOString(), position.id])],
    ['a non-UUID id', tamper([position.date, position.createdAt.toISOString(), 'x'])],
    ['garbage', '%%%'],
  ])('rejects %s as a 400 naming cursor', (_case, cursor) => {
    expect(errorOf(() => decodeDatedCursor(cursor))).toMatchObject({ errors: [{ field: 'cursor' }] });
  });
});
