import * as fc from 'fast-check';
import { isContactPhone, phoneDigits, phoneSearchDigits } from './contact-phone';

describe('isContactPhone', () => {
  it.each([
    ['020 7946 0958', 'a London landline'],
    ['07911 123456', 'a UK mobile'],
    ['+44 7911 123456', 'a UK mobile in international form'],
    ['07781 123456', 'a Guernsey mobile dialled nationally'],
    ['+33 1 42 68 53 00', 'a foreign number in international form'],
  ])('accepts %s (%s)', (phone) => expect(isContactPhone(phone)).toBe(true));

  it.each<[unknown, string]>([
    ['12345', 'too short'],
    ['phone me', 'not a number'],
    ['', 'empty'],
    [447700900123, 'not text'],
  ])('rejects %j (%s)', (phone) => expect(isContactPhone(phone)).toBe(false));
});

describe('phone search', () => {
  it('stores the digits only', () => {
    expect(phoneDigits('+44 (0)20 7946-0958')).toBe('4402079460958');
    expect(phoneDigits('07911 123456')).toBe('07911123456');
  });

  it('finds a UK number typed in either form in the digits of either stored form', () => {
    const stored = ['+44 7911 123456', '07911 123456'].map(phoneDigits);
    for (const typed of ['07911 123456', '+44 7911 123456', '0044 7911 123456', '7911123456', '123456']) {
      const digits = phoneSearchDigits(typed)!;
      for (const number of stored) expect(number).toContain(digits);
    }
  });

  it('is no phone search for text that is not (part of) a number, or too short', () => {
    for (const text of ['lovelace', 'ab12 cde', 'x123456', '07', '+44 0', '0000']) expect(phoneSearchDigits(text)).toBeUndefined();
  });

  it('searches for digits of the text only, never more', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[\d ()-]{0,20}$/), (text) => {
        const digits = phoneSearchDigits(text);
        if (digits !== undefined) expect(phoneDigits(text)).toContain(digits);
      }),
    );
  });
});
