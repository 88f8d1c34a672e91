import { isIccid, isImei, passesLuhn } from './device-identifiers';

describe('device identifiers', () => {
  it('computes the Luhn check', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('0')).toBe(true);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('12a4')).toBe(false);
  });

  it('accepts a 15-digit IMEI with a valid check digit only', () => {
    expect(isImei('490154203237518')).toBe(true);
    expect(isImei('353879234252633')).toBe(true);
    expect(isImei('490154203237517')).toBe(false); // wrong check digit
    expect(isImei('49015420323751')).toBe(false); // 14 digits
    expect(isImei('4901542032375180')).toBe(false); // 16 digits
    expect(isImei('49015420323751A')).toBe(false);
    expect(isImei(' 490154203237518')).toBe(false);
    expect(isImei(490154203237518)).toBe(false);
  });

  it('accepts a 19- or 20-digit ICCID starting 89 with a valid check digit only', () => {
    expect(isIccid('8944500102198304826')).toBe(true); // 19 digits
    expect(isIccid('89441000303036404158')).toBe(true); // 20 digits
    expect(isIccid('8944500102198304825')).toBe(false); // wrong check digit
    expect(isIccid('7944500102198304827')).toBe(false); // Luhn-valid, does not start 89
    expect(isIccid('894450010219830486')).toBe(false); // 18 digits, Luhn-valid
    expect(isIccid('894410003030364041580')).toBe(false); // 21 digits
    expect(isIccid('8944500102198304826 ')).toBe(false);
  });
});
