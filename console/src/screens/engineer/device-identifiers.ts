// The API's own checks (libs/common), so a mistyped number is caught before the engineer sends it.
import { isIccid, isImei } from '../../../../libs/common/src/vehicles/device-identifier-rules';

export function imeiProblem(value: string): string | undefined {
  return value === '' || isImei(value) ? undefined : 'An IMEI is 15 digits with a valid Luhn check digit';
}

export function iccidProblem(value: string): string | undefined {
  return value === '' || isIccid(value) ? undefined : 'An ICCID is 19-20 digits starting 89 with a valid Luhn check digit';
}

export function serialProblem(value: string): string | undefined {
  return value.length > 64 ? 'A serial is at most 64 characters' : undefined;
}
