import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/** The identifiers a fitted unit of a product may need to be found again and activated. */
export const DEVICE_IDENTIFIERS = ['imei', 'iccid', 'serial'] as const;
export type DeviceIdentifier = (typeof DEVICE_IDENTIFIERS)[number];

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

export function IsImei(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isImei',
      validator: {
        validate: isImei,
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be 15 digits with a valid Luhn check digit`, options),
      },
    },
    options,
  );
}

export function IsIccid(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIccid',
      validator: {
        validate: isIccid,
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be 19-20 digits starting 89 with a valid Luhn check digit`, options),
      },
    },
    options,
  );
}
