import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isIccid, isImei } from './device-identifier-rules';

export { isIccid, isImei, passesLuhn } from './device-identifier-rules';

/** The identifiers a fitted unit of a product may need to be found again and activated. */
export const DEVICE_IDENTIFIERS = ['imei', 'iccid', 'serial'] as const;
export type DeviceIdentifier = (typeof DEVICE_IDENTIFIERS)[number];

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
