import { Type } from 'class-transformer';
import { IsUUID, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';

type Fields = Record<string, unknown>;

/**
 * The id half of "give either an existing one's id or a new one inline" (a customer, a
 * vehicle): a UUID, checked unless only the inline one is given, so that giving neither names it.
 */
export function IdUnlessInline(inlineField: string): PropertyDecorator {
  return (target, idField) => {
    ValidateIf((object: Fields) => object[inlineField] === undefined || object[String(idField)] !== undefined)(target, idField);
    IsUUID(undefined, { message: `give either ${String(idField)} or ${inlineField}` })(target, idField);
  };
}

/** The inline half: refused beside the id, and validated as a `type` when given. */
export function InlineUnlessId(idField: string, type: () => new () => object): PropertyDecorator {
  return (target, inlineField) => {
    ValidateIf((object: Fields) => object[String(inlineField)] !== undefined)(target, inlineField);
    ValidateBy({
      name: `notWith${idField[0]!.toUpperCase()}${idField.slice(1)}`,
      validator: {
        validate: (_value: unknown, args) => (args?.object as Fields)[idField] === undefined,
        defaultMessage: () => `give either ${idField} or ${String(inlineField)}, not both`,
      },
    })(target, inlineField);
    ValidateNested()(target, inlineField);
    Type(type)(target, inlineField);
  };
}
