// Pure checks, free of class-validator, so the console's forms import this very file and check
// identifiers exactly as the API does.

/** The Luhn (mod 10) check over a string of digits, its last digit being the check digit. */
export function passesLuhn(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** An IMEI: 15 digits, the last a Luhn check digit. */
export function isImei(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9]{15}$/.test(value) && passesLuhn(value);
}

/** A SIM's ICCID: 19 or 20 digits starting 89 (telecommunications), the last a Luhn check digit. */
export function isIccid(value: unknown): value is string {
  return typeof value === 'string' && /^89[0-9]{17,18}$/.test(value) && passesLuhn(value);
}
