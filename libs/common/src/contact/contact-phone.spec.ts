import { isContactPhone } from './contact-phone';

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
