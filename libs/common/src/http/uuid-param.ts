import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ValidationFailedError } from '../errors/domain-error';

/**
 * A path parameter that must be a UUID; anything else is a 400 naming the parameter. The
 * OpenAPI document says so (`format: uuid`) without a separate `@ApiParam`.
 */
export function UuidParam(name = 'id'): ParameterDecorator {
  const param = Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailedError([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
  return (target, propertyKey, index) => {
    param(target, propertyKey, index);
    const descriptor = propertyKey === undefined ? undefined : Object.getOwnPropertyDescriptor(target, propertyKey);
    if (descriptor) ApiParam({ name, type: String, format: 'uuid' })(target, propertyKey!, descriptor);
  };
}
