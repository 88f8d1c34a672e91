import type { ExampleObject, OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsResponse } from '../errors/problem-details';
import { ProblemClass, ProblemType, problemTypeNamed, problemTypeOf } from '../errors/problem-type';
import { problemResponse } from './api-errors.decorator';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface DocumentedOperation {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: OperationObject;
}

export function operationsOf(document: OpenAPIObject): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
  );
}

const SCHEMA_PREFIX = '#/components/schemas/';
const EXAMPLE_PREFIX = '#/components/examples/';

function isReference(value: object): value is ReferenceObject {
  return '$ref' in value;
}

const RESPONSE_PREFIX = '#/components/responses/';

/** The documented classes a problem response names, or undefined for a response that is not one. */
function typesOf(response: ResponseObject | ReferenceObject | undefined, document?: OpenAPIObject): ProblemType[] | undefined {
  if (response && isReference(response) && document) {
    return typesOf(document.components?.responses?.[response.$ref.replace(RESPONSE_PREFIX, '')], document);
  }
  if (!response || isReference(response)) return undefined;
  const schema = response.content?.[PROBLEM_JSON]?.schema as SchemaObject | undefined;
  if (!schema?.oneOf) return undefined;
  return schema.oneOf.map((entry) => {
    const name = isReference(entry) ? entry.$ref.replace(SCHEMA_PREFIX, '') : '';
    const type = problemTypeNamed(name);
    if (!type) throw new Error(`A problem response names ${name || 'an inline schema'}, which no @ProblemType documents`);
    return type;
  });
}

/** The codes an operation's document lists for a status: what the admin UI may meet there. */
export function documentedCodes(document: OpenAPIObject, operation: OperationObject, status: number): string[] {
  return (typesOf(operation.responses[String(status)], document) ?? []).flatMap((type) => type.codes);
}

/** Adds classes to an operation's problem responses, merged with those it lists already. */
export function addProblems(operation: OperationObject, errorClasses: readonly ProblemClass[]): void {
  for (const type of errorClasses.map(problemTypeOf)) {
    const key = String(type.status);
    const listed = typesOf(operation.responses[key]);
    if (listed?.includes(type)) continue;
    if (operation.responses[key] && !listed) continue; // a response of its own (e.g. a health probe's): left as it is
    operation.responses[key] = problemResponse([...(listed ?? []), type]);
  }
}

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject {
  return isReference(schema) ? resolve(document, document.components!.schemas![schema.$ref.replace(SCHEMA_PREFIX, '')]!) : schema;
}

/** A value for the example, from the schema's own examples down through properties and items. */
function exampleOf(document: OpenAPIObject, node: SchemaObject | ReferenceObject, depth = 0): unknown {
  const schema = resolve(document, node);
  if (schema.example !== undefined) return schema.example;
  if (depth > 4) return undefined;
  if (schema.allOf?.[0]) return exampleOf(document, schema.allOf[0], depth + 1);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, exampleOf(document, property, depth + 1)]));
  }
  if (schema.type === 'array') return schema.items ? [exampleOf(document, schema.items, depth + 1)] : [];
  return undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describe(type: ProblemType): string {
  const codes = type.codes.map((code) => `\`${code}\``).join(' / ');
  const members = Object.keys(type.members).filter((name) => name !== 'errors');
  const carrying = members.length > 0 ? ` (with ${members.map((name) => `\`${name}\``).join(', ')})` : '';
  return `- ${codes}${carrying}: ${type.description}`;
}

/** One example per class and code, shared by every operation that lists it (shown with the first one's path). */
function exampleName(type: ProblemType, code: string): string {
  return type.codes.length === 1 ? type.schemaName : `${type.schemaName}.${code}`;
}

function exampleValue(document: OpenAPIObject, type: ProblemType, code: string, path: string): Record<string, unknown> {
  return {
    type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: type.title,
    status: type.status,
    detail: capitalised(type.description.split(/[;:] /, 1)[0]!),
    instance: path.replace(/\{[^}]+\}/g, '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f'),
    code,
    requestId: '0b6f7c3e-5f0e-4a53-9a43-0f1b7f6b1c2d',
    ...Object.fromEntries(Object.entries(type.members).map(([name, schema]) => [name, exampleOf(document, schema)])),
  };
}

/** The component schema of a documented class: the standard problem, its codes, status and members. */
function schemaOf(type: ProblemType): SchemaObject {
  const members = Object.keys(type.members);
  return {
    description: `${type.status} ${type.codes.map((code) => `\`${code}\``).join(' / ')}: ${type.description}`,
    allOf: [
      { $ref: `${SCHEMA_PREFIX}${ProblemDetailsResponse.name}` },
      {
        type: 'object',
        required: ['code', ...members.filter((name) => !type.optional.includes(name))],
        properties: {
          status: { type: 'integer', enum: [type.status] },
          code: { type: 'string', enum: [...type.codes] },
          ...type.members,
        },
      },
    ],
  };
}

/**
 * The final pass over the document: every problem response gets, from the classes it names,
 * a description listing each code with when it happens and the members it carries, an example
 * per code (in `components.examples`) and the headers that come with them; each class named
 * gets its component schema.
 */
export function renderProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const used = new Map<string, ProblemType>();
  const examples: Record<string, ExampleObject> = {};
  for (const { path, operation } of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const types = typesOf(response);
      if (!types) continue;
      const sorted = [...types].sort((a, b) => a.codes[0]!.localeCompare(b.codes[0]!));
      const headers = Object.assign({}, ...sorted.map((type) => type.headers));
      const references: Record<string, ReferenceObject> = {};
      for (const type of sorted) {
        used.set(type.schemaName, type);
        for (const code of type.codes) {
          const name = exampleName(type, code);
          examples[name] ??= { summary: capitalised(type.description), value: exampleValue(document, type, code, path) };
          references[code] = { $ref: `${EXAMPLE_PREFIX}${name}` };
        }
      }
      operation.responses[status] = {
        description: sorted.map(describe).join('\n'),
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        content: {
          [PROBLEM_JSON]: {
            schema: { oneOf: sorted.map((type) => ({ $ref: `${SCHEMA_PREFIX}${type.schemaName}` })) },
            examples: references,
          },
        },
      };
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas }, examples: { ...document.components?.examples } };
  for (const [name, type] of [...used.entries()].sort(([a], [b]) => a.localeCompare(b))) document.components.schemas![name] = schemaOf(type);
  for (const name of Object.keys(examples).sort()) document.components.examples![name] = examples[name]!;
  return shareRepeatedResponses(document);
}

/** A set of at most this many classes, answered by several operations, is one shared response. */
const MOST_CLASSES_SHARED = 3;

/** The responses many operations give alike (a rate limit, an outage, a bad body) are written once, in `components.responses`. */
function shareRepeatedResponses(document: OpenAPIObject): OpenAPIObject {
  const uses = new Map<string, number>();
  const nameOf = (types: ProblemType[]) => types.map((type) => type.schemaName.replace(/Problem$/, '')).join('Or');
  for (const { operation } of operationsOf(document)) {
    for (const response of Object.values(operation.responses)) {
      const types = typesOf(response);
      if (types && types.length <= MOST_CLASSES_SHARED) uses.set(nameOf(types), (uses.get(nameOf(types)) ?? 0) + 1);
    }
  }
  const shared: Record<string, ResponseObject> = {};
  for (const { operation } of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const types = typesOf(response);
      if (!types || (uses.get(nameOf(types)) ?? 0) < 2) continue;
      const name = nameOf(types);
      shared[name] ??= response as ResponseObject;
      operation.responses[status] = { $ref: `${RESPONSE_PREFIX}${name}` };
    }
  }
  document.components!.responses = { ...document.components!.responses };
  for (const name of Object.keys(shared).sort()) document.components!.responses[name] = shared[name]!;
  return document;
}
