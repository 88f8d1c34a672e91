import { ValidateBy, ValidationOptions, buildMessage, isPhoneNumber } from 'class-validator';

// Guernsey, Jersey and the Isle of Man share +44 with Great Britain but are numbering
// regions of their own: a Jersey mobile dialled nationally is not a valid GB number.
const UK_DIALLING_REGIONS = ['GB', 'GG', 'JE', 'IM'] as const;

/** A UK number in national form (`020 7946 0958`) or any number in international form (`+44 20 7946 0958`). */
export function isContactPhone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  return isPhoneNumber(value) || UK_DIALLING_REGIONS.some((region) => isPhoneNumber(value, region));
}

export function IsContactPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isContactPhone',
      validator: {
        validate: isContactPhone,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a UK phone number, or an international one starting with +`,
          options,
        ),
      },
    },
    options,
  );
}

/** The digits of a phone number as stored for search (`+44 7700 900123` → `447700900123`): spacing and punctuation are not significant. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

const PHONE_LIKE = /^\+?[\d\s().-]+$/;
const UK_COUNTRY_CODE = /^(?:\+44|0044)/;

/**
 * The digits to look for in stored phone digits when search text looks like (part of) a phone
 * number; undefined when it does not. A UK number may be stored in national (`07700…`) or
 * international (`+44 7700…`) form, so the country code and the national leading zero are
 * dropped from the search, which then matches either spelling as contained digits.
 */
export function phoneSearchDigits(text: string): string | undefined {
  if (!PHONE_LIKE.test(text)) return undefined;
  const digits = phoneDigits(text.trim().replace(UK_COUNTRY_CODE, '')).replace(/^0+/, '');
  return digits.length >= 3 ? digits : undefined;
}
