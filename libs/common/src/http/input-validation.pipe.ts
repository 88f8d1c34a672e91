import { ArgumentMetadata, Injectable, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import { FieldError, ValidationFailedError } from '../errors/domain-error';

// class-transformer keeps its @Type() records here and exports no typed entry point to them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/**
 * Control characters (Unicode Cc: C0, DEL, C1) are refused in every string and object key of a
 * body, a query and a path parameter: PostgreSQL refuses NUL in text (a 500), SQLite cuts a LIKE
 * pattern at it, and none of them belongs in a name, an address or an id. Free text in a body
 * may hold tab, line feed and carriage return (notes, reasons, descriptions); the query string
 * and path parameters may not (they carry ids, filters and searches, typed on one line).
 */
const CONTROL_IN_BODY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ANYWHERE = /[\u0000-\u001f\u007f-\u009f]/;

// What @nestjs/swagger records for a DTO property: the decorator's options on the prototype,
// the CLI plugin's in a static factory. Read here so `null` passes exactly where the document says `nullable`.
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const OPENAPI_METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';

type Dto = new (...args: never[]) => object;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** A key as it can be shown in an error: its control characters written as \uXXXX escapes. */
function printable(key: string): string {
  return key.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function controlCharacterErrors(value: unknown, path: string, forbidden: RegExp, errors: FieldError[]): void {
  if (typeof value === 'string') {
    if (forbidden.test(value)) errors.push({ field: path || 'request', message: `${path || 'value'} must not contain control characters` });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => controlCharacterErrors(item, join(path, index), forbidden, errors));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const field = join(path, printable(key));
      if (forbidden.test(key)) errors.push({ field, message: `the name of ${field} must not contain control characters` });
      else controlCharacterErrors(item, field, forbidden, errors);
    }
  }
}

function isNullable(dto: Dto, property: string): boolean {
  const decorated = Reflect.getMetadata(API_MODEL_PROPERTIES, dto.prototype, property) as { nullable?: boolean } | undefined;
  if (decorated?.nullable) return true;
  for (let type: unknown = dto; typeof type === 'function' && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    if (!Object.prototype.hasOwnProperty.call(type, OPENAPI_METADATA_FACTORY)) continue;
    const factory = (type as unknown as Record<string, () => Record<string, { nullable?: boolean }>>)[OPENAPI_METADATA_FACTORY]!;
    const plugin = factory.call(type)[property];
    if (plugin) return plugin.nullable === true;
  }
  return false;
}

interface PropertyShape {
  /** Validated at all: a property without any class-validator decorator is refused as unknown. */
  known: boolean;
  /** `@ValidateNested()`: an object of `type`, or with `each` a list of them. */
  nested?: { each: boolean; type: Dto | undefined };
  /** Documented `nullable`: the only properties that may be sent as `null`. */
  nullable?: boolean;
}

/** Read once per DTO class: the metadata is fixed once its module has loaded. */
const shapesByDto = new WeakMap<Dto, Map<string, PropertyShape>>();

function propertyShapes(dto: Dto): Map<string, PropertyShape> {
  const cached = shapesByDto.get(dto);
  if (cached) return cached;
  const shapes = new Map<string, PropertyShape>();
  for (const metadata of getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false)) {
    const shape = shapes.get(metadata.propertyName) ?? { known: true };
    if (metadata.type === 'nestedValidation') {
      const typeFunction = defaultMetadataStorage.findTypeMetadata(dto, metadata.propertyName)?.typeFunction;
      shape.nested = { each: metadata.each === true, type: typeFunction?.() as Dto | undefined };
    }
    shapes.set(metadata.propertyName, shape);
  }
  for (const [property, shape] of shapes) shape.nullable = isNullable(dto, property);
  shapesByDto.set(dto, shapes);
  return shapes;
}

/**
 * The JSON types class-validator takes for granted: a nested DTO must be an object (not an
 * array, a string or null), each element of a list of DTOs an object, and `null` only where
 * the property is documented nullable. Without this, a wrong type reaches a custom validator
 * or the service (a 500) or is stored as it came.
 */
function shapeErrors(value: Record<string, unknown>, dto: Dto, path: string, errors: FieldError[]): void {
  const shapes = propertyShapes(dto);
  for (const [property, item] of Object.entries(value)) {
    const shape = shapes.get(property);
    if (!shape) continue; // unknown: refused by the validation pipe's whitelist
    const field = join(path, property);
    if (item === null) {
      if (!shape.nullable) errors.push({ field, message: `${field} must not be null` });
      continue;
    }
    if (!shape.nested || item === undefined) continue;
    const { each, type } = shape.nested;
    if (!each) {
      if (!isPlainObject(item)) errors.push({ field, message: `${field} must be an object` });
      else if (type) shapeErrors(item, type, field, errors);
    } else if (!Array.isArray(item)) {
      errors.push({ field, message: `${field} must be an array` });
    } else {
      item.forEach((element, index) => {
        const elementField = join(field, index);
        if (!isPlainObject(element)) errors.push({ field: elementField, message: `${elementField} must be an object` });
        else if (type) shapeErrors(element, type, elementField, errors);
      });
    }
  }
}

function isDto(metatype: unknown): metatype is Dto {
  return typeof metatype === 'function' && ![String, Number, Boolean, Array, Object].includes(metatype as never);
}

/**
 * The global validation pipe: before class-validator sees a body, a query or a path parameter,
 * refuses control characters in any string and JSON values of the wrong type (400
 * `VALIDATION_FAILED` naming each field by its JSON path), then validates as Nest's pipe does.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor(options?: ValidationPipeOptions) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors: FieldError[] = [];
      controlCharacterErrors(value, metadata.data ?? '', metadata.type === 'body' ? CONTROL_IN_BODY : CONTROL_ANYWHERE, errors);
      if (metadata.type === 'body' && metadata.data === undefined && isDto(metadata.metatype) && value !== undefined) {
        if (!isPlainObject(value)) errors.push({ field: 'body', message: 'the body must be a JSON object' });
        else shapeErrors(value, metadata.metatype, '', errors);
      }
      if (errors.length > 0) throw new ValidationFailedError(errors);
    }
    return super.transform(value, metadata);
  }
}
