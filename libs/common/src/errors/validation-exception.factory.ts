import { ValidationError } from '@nestjs/common';
import { FieldError, ValidationFailedError } from './domain-error';

/**
 * Flattens class-validator's nested tree into one entry per bad field, named by its JSON path.
 * A key that is the empty string (an unknown field `""`) is named `""`, so every entry names a field.
 */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const property = error.property === '' ? '""' : error.property;
    const field = parentPath ? `${parentPath}.${property}` : property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(flattenValidationErrors(errors));
}
