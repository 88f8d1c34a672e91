import { applyDecorators } from '@nestjs/common';
import { IANAZone } from 'luxon';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

export function isIanaTimeZone(value: unknown): value is string {
  return typeof value === 'string' && IANAZone.isValidZone(value);
}

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isIanaTimeZone',
        validator: {
          validate: isIanaTimeZone,
          defaultMessage: buildMessage((prefix) => `${prefix}$property must be an IANA time zone such as Europe/London`, options),
        },
      },
      options,
    ),
  );
}
