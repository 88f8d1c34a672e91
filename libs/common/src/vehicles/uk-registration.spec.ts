import { normaliseUkRegistration } from './uk-registration';

describe('normaliseUkRegistration', () => {
  it.each([
    ['ab12cde', 'AB12 CDE'],
    [' AB12  CDE ', 'AB12 CDE'],
    ['ab-12-cde', 'AB12 CDE'],
    ['a123bcd', 'A123 BCD'],
    ['abc123d', 'ABC 123D'],
    ['1234ab', '1234 AB'],
    ['ab1234', 'AB 1234'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUkRegistration(input)).toBe(expected);
  });

  it.each(['', 'ABCDEFGH', '12345678', 'AB12CD€', 'A'])('rejects %j', (input) => {
    expect(normaliseUkRegistration(input)).toBeNull();
  });
});
