import type { HttpStatus } from '@nestjs/common';
import type { HeaderObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

export type MemberSchema = SchemaObject | ReferenceObject;

/** A DomainError subclass, as its decorator and the documentation see it: status and title are static. */
export interface ProblemClass {
  readonly name: string;
  readonly status: HttpStatus;
  readonly title: string;
  readonly prototype: Error;
}

export interface ProblemTypeOptions {
  /** The `code` (or every code) the class's instances carry. */
  code: string | readonly [string, ...string[]];
  /** When the API answers it, as a clause the document lists under the operation's status. */
  description: string;
  /** The members an instance adds to the problem document, as JSON Schema (give each an `example`). */
  members?: Record<string, MemberSchema>;
  /** Members that are not always present; every other member is. */
  optional?: readonly string[];
  /** DTO classes the member schemas reference with `getSchemaPath`, so the document defines them. */
  models?: readonly (new (...args: never[]) => unknown)[];
  /** Response headers that come with it (e.g. `Retry-After`). */
  headers?: Record<string, HeaderObject>;
}

/** What the document says about one error class: read by `@ApiProblems(...)` and the document's final pass. */
export interface ProblemType extends Required<Omit<ProblemTypeOptions, 'code'>> {
  errorClass: ProblemClass;
  /** Its component schema's name: `BookingConflictError` is `BookingConflictProblem`. */
  schemaName: string;
  status: HttpStatus;
  title: string;
  codes: readonly string[];
}

const byClass = new Map<ProblemClass, ProblemType>();
const bySchemaName = new Map<string, ProblemType>();

/**
 * Documents a DomainError subclass: the codes it carries, when, and its extra members. The status
 * and title are the class's own (static `status` / `title`, inherited from its kind). Operations
 * list the classes they can raise with `@ApiProblems(...)`; the document is generated from this,
 * so what a class carries and what the document says cannot drift apart.
 */
export function ProblemType(options: ProblemTypeOptions): ClassDecorator {
  return (target) => {
    const errorClass = target as unknown as ProblemClass;
    if (typeof errorClass.status !== 'number' || typeof errorClass.title !== 'string') {
      throw new Error(`${errorClass.name}: a documented problem needs a static status and title (extend a kind that sets them)`);
    }
    const schemaName = `${errorClass.name.replace(/Error$/, '')}Problem`;
    const existing = bySchemaName.get(schemaName);
    if (existing && existing.errorClass !== errorClass) throw new Error(`Two problem classes are documented as ${schemaName}`);
    const type: ProblemType = {
      errorClass,
      schemaName,
      status: errorClass.status,
      title: errorClass.title,
      codes: typeof options.code === 'string' ? [options.code] : [...options.code],
      description: options.description,
      members: options.members ?? {},
      optional: options.optional ?? [],
      models: options.models ?? [],
      headers: options.headers ?? {},
    };
    byClass.set(errorClass, type);
    bySchemaName.set(schemaName, type);
  };
}

/** The documentation of an error class; a class without `@ProblemType` cannot be listed by an operation. */
export function problemTypeOf(errorClass: ProblemClass): ProblemType {
  const type = byClass.get(errorClass);
  if (!type) throw new Error(`${errorClass.name} is not documented: decorate it with @ProblemType({...})`);
  return type;
}

export function problemTypeNamed(schemaName: string): ProblemType | undefined {
  return bySchemaName.get(schemaName);
}

/** Every documented error class loaded so far (all of them once the application module is imported). */
export function documentedProblemTypes(): ProblemType[] {
  return [...byClass.values()];
}

/** Building blocks for member schemas, each with an example the document shows. */
export const member = {
  uuid: (description: string): SchemaObject => ({ type: 'string', format: 'uuid', description, example: '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f' }),
  instant: (description: string): SchemaObject => ({ type: 'string', format: 'date-time', description, example: '2026-03-02T09:00:00.000Z' }),
  date: (description: string): SchemaObject => ({ type: 'string', format: 'date', description, example: '2026-03-02' }),
  string: (description: string, example: string): SchemaObject => ({ type: 'string', description, example }),
  integer: (description: string, example: number): SchemaObject => ({ type: 'integer', description, example }),
  strings: (description: string, example: string[]): SchemaObject => ({ type: 'array', items: { type: 'string' }, description, example }),
  uuids: (description: string): SchemaObject => ({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description,
    example: ['3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f'],
  }),
  interval: (description: string): SchemaObject => ({
    type: 'object',
    description,
    required: ['start', 'end'],
    properties: {
      start: { type: 'string', format: 'date-time', example: '2026-03-02T09:00:00.000Z' },
      end: { type: 'string', format: 'date-time', example: '2026-03-02T11:00:00.000Z' },
    },
  }),
  booking: (description: string): SchemaObject => ({
    type: 'object',
    description,
    properties: {
      id: { type: 'string', format: 'uuid', example: '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f' },
      start: { type: 'string', format: 'date-time', example: '2026-03-02T09:00:00.000Z' },
      end: { type: 'string', format: 'date-time', example: '2026-03-02T11:00:00.000Z' },
    },
  }),
  /** The `errors` list a 400 carries, for the other statuses whose problem also names fields. */
  fieldErrors: (description: string, field: string, message: string): SchemaObject => ({
    type: 'array',
    description,
    items: { $ref: '#/components/schemas/FieldErrorResponse' },
    example: [{ field, message }],
  }),
};
