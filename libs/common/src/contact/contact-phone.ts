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
