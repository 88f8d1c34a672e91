import { applyDecorators } from '@nestjs/common';
import { Matches, ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

const isoCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function isIsoCurrency(value: unknown): value is string {
  return typeof value === 'string' && isoCurrencies.has(value);
}

export function IsIsoCurrency(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Matches(/^[A-Z]{3}$/, { message: '$property must be three upper-case letters', ...options }),
    ValidateBy(
      {
        name: 'isIsoCurrency',
        validator: {
          validate: isIsoCurrency,
          defaultMessage: buildMessage((prefix) => `${prefix}$property must be an ISO 4217 currency code`, options),
        },
      },
      options,
    ),
  );
}
