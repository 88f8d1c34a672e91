import { isInstant } from './instant';

describe('instants', () => {
  it.each(['2026-03-02T09:00:00Z', '2026-03-02T09:00Z', '2026-03-02T09:00:00.123Z', '2026-03-02T09:00:00+01:00'])(
    'accepts %s',
    (value) => expect(isInstant(value)).toBe(true),
  );

  it.each([
    ['2026-03-02T09:00:00', 'no offset: it would be read in the server zone'],
    ['2026-03-02', 'a date alone'],
    ['2026-02-30T09:00:00Z', 'no such day'],
    ['2026-03-02T25:00:00Z', 'no such hour'],
    ['next tuesday', 'not ISO 8601'],
    [1_767_000_000_000, 'a number'],
    ['0000-01-01T00:00:00Z', 'year 0, which PostgreSQL refuses'],
    ['1899-12-31T23:59:59Z', 'before 1900'],
    ['9999-12-31T23:00:00-01:00', 'after 9999 in UTC'],
  ])('rejects %j (%s)', (value: unknown, _reason: string) => expect(isInstant(value)).toBe(false));
});
