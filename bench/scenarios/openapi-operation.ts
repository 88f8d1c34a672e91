/** Just enough of an OpenAPI 3 document to find an operation and the fields it takes. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Field {
  name: string;
  required: boolean;
  type?: string;
  format?: string;
}

export async function fetchOpenApi(baseUrl: string): Promise<OpenApiDocument | null> {
  try {
    const response = await fetch(`${baseUrl}/docs-json`);
    return response.ok ? ((await response.json()) as OpenApiDocument) : null;
  } catch {
    return null;
  }
}

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
}

/** Query parameters of GET path, or body fields of POST path; null when the operation does not exist. */
export function operationFields(document: OpenApiDocument, method: 'get' | 'post', path: string): Field[] | null {
  const operation = document.paths[path]?.[method];
  if (!operation) return null;
  if (method === 'get') {
    return (operation.parameters ?? [])
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => ({ name: parameter.name, required: Boolean(parameter.required), type: parameter.schema?.type, format: parameter.schema?.format }));
  }
  const body = resolve(document, operation.requestBody?.content?.['application/json']?.schema);
  const parts = body?.allOf ? body.allOf.map((part) => resolve(document, part)) : [body];
  return parts.flatMap((part) =>
    Object.entries(part?.properties ?? {}).map(([name, property]) => {
      const resolved = resolve(document, property);
      return { name, required: Boolean(part?.required?.includes(name)), type: resolved?.type, format: resolved?.format };
    }),
  );
}

/**
 * Fills fields from candidate values by name: the Bookings API is still being written, so
 * the harness adapts to the names it publishes instead of guessing one spelling. A required
 * field with no candidate makes the scenario "not available" with that field named.
 */
export function fillFields(fields: Field[], candidates: Array<[RegExp, (field: Field) => unknown]>): { values: Record<string, unknown> } | { missing: string } {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const match = candidates.find(([pattern]) => pattern.test(field.name));
    if (match) values[field.name] = match[1](field);
    else if (field.required) return { missing: field.name };
  }
  return { values };
}
