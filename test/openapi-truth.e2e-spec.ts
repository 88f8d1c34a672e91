import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { parse } from 'yaml';
import { OpenApiDocument as Document, Operation, Schema } from './support/openapi-document';
import { TestApp, createTestApp } from './support/test-app';

type Method = 'get' | 'post' | 'patch' | 'delete';
const METHODS: Method[] = ['get', 'post', 'patch', 'delete'];

interface Case {
  name: string;
  method: Method;
  path: string;
  operation: Operation;
}

/**
 * Issue 13, item 6: the served document is checked against what the server does, operation by
 * operation, signed in as admin (who may call every operation).
 */

/** Secrets in a URL (a calendar feed's, a customer link's token): any wrong one is a 404, whatever its shape, so a guess learns nothing. */
const SECRET_PATH_PARAMETERS = [
  'getCalendarSubscription file',
  'getAppointment token',
  'getAppointmentAvailability token',
  'cancelAppointment token',
  'rescheduleAppointment token',
];
describe('OpenAPI document tells the truth (e2e)', () => {
  let testApp: TestApp;
  let document: Document;
  let cases: Case[];

  beforeAll(async () => {
    testApp = await createTestApp();
    document = (await testApp.http.get('/docs-json').expect(200)).body as Document;
    cases = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ name: `${method.toUpperCase()} ${path}`, method, path, operation: item[method]! })),
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  function resolve(schema: Schema | undefined): Schema | undefined {
    if (!schema?.$ref) return schema;
    return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  }

  function bodySchema(operation: Operation): Schema | undefined {
    return resolve(operation.requestBody?.content?.['application/json']?.schema);
  }

  /** The path with every parameter a fresh UUID, except those given. */
  function url(path: string, values: Record<string, string> = {}): string {
    return path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? randomUUID()));
  }

  function send(method: Method, target: string, body?: unknown, query: Record<string, string> = {}) {
    const request = testApp.http[method](target).query(query);
    return body === undefined ? request : request.set('Content-Type', 'application/json').send(JSON.stringify(body));
  }

  function fieldsOf(response: Response): string[] {
    return ((response.body as { errors?: Array<{ field: string }> }).errors ?? []).map((error) => error.field);
  }

  /** Problems found, one line each, so a failure lists every operation that disagrees. */
  function describeMismatch(name: string, response: Response, expected: string): string {
    return `${name}: ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
  }

  it('types every path parameter as a uuid, and the server refuses anything else with a 400 naming it', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { name, method, path, operation } of cases) {
      for (const parameter of (operation.parameters ?? []).filter((candidate) => candidate.in === 'path' && !SECRET_PATH_PARAMETERS.includes(`${operation.operationId} ${candidate.name}`))) {
        if (parameter.schema?.format !== 'uuid') {
          problems.push(`${name}: path parameter ${parameter.name} is not typed uuid`);
          continue;
        }
        checked += 1;
        const response = await send(method, url(path, { [parameter.name]: 'not-a-uuid' }));
        if (response.status !== 400 || !fieldsOf(response).includes(parameter.name)) {
          problems.push(describeMismatch(name, response, `400 naming ${parameter.name}`));
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('types integer query parameters as integer, and the server refuses 1.5 for them', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { name, method, path, operation } of cases) {
      for (const parameter of (operation.parameters ?? []).filter((candidate) => candidate.in === 'query')) {
        const schema = resolve(parameter.schema);
        if (schema?.type === 'number') {
          // A number in the document must take a fraction; the server must not refuse it as such.
          const response = await send(method, url(path), undefined, { [parameter.name]: '1.5' });
          if (fieldsOf(response).includes(parameter.name)) problems.push(describeMismatch(name, response, `${parameter.name}=1.5 accepted (type: number)`));
        }
        if (schema?.type !== 'integer') continue;
        checked += 1;
        const response = await send(method, url(path), undefined, { [parameter.name]: '1.5' });
        if (response.status !== 400 || !fieldsOf(response).includes(parameter.name)) {
          problems.push(describeMismatch(name, response, `400 naming ${parameter.name}`));
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
    expect(problems).toEqual([]);
  });

  it('marks request bodies additionalProperties: false, and the server refuses an unknown field', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { name, method, path, operation } of cases) {
      const schema = bodySchema(operation);
      if (!schema) continue;
      if (schema.additionalProperties !== false) {
        problems.push(`${name}: request body without additionalProperties: false`);
        continue;
      }
      checked += 1;
      const response = await send(method, url(path), { notInTheDocument: 1 });
      if (response.status !== 400 || !fieldsOf(response).includes('notInTheDocument')) {
        problems.push(describeMismatch(name, response, '400 naming notInTheDocument'));
      }
      for (const [property, value] of Object.entries(schema.properties ?? {})) {
        const nested = resolve(value.allOf?.[0] ?? value);
        if (nested?.properties && nested.additionalProperties !== false) problems.push(`${name}: ${property} without additionalProperties: false`);
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });

  it('says PATCH bodies are required objects', () => {
    const patches = cases.filter(({ method }) => method === 'patch');
    expect(patches.length).toBeGreaterThan(0);
    for (const { name, operation } of patches) {
      expect({ name, required: operation.requestBody?.required, type: bodySchema(operation)?.type, nullable: bodySchema(operation)?.nullable }).toEqual({
        name,
        required: true,
        type: 'object',
        nullable: undefined,
      });
    }
  });

  it('marks nullable exactly the body properties that take null', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { name, method, path, operation } of cases) {
      const schema = bodySchema(operation);
      for (const [property, value] of Object.entries(schema?.properties ?? {})) {
        checked += 1;
        const response = await send(method, url(path), { [property]: null });
        const refused = response.status === 400 && fieldsOf(response).includes(property);
        if (value.nullable && fieldsOf(response).includes(property)) problems.push(describeMismatch(name, response, `${property}: null accepted (nullable)`));
        if (!value.nullable && !refused) problems.push(describeMismatch(name, response, `${property}: null refused with a 400 naming it`));
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('refuses a null body on PATCH with a 400', async () => {
    for (const { name, method, path } of cases.filter((candidate) => candidate.method === 'patch')) {
      const response = await send(method, url(path), null);
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('docs/openapi.yaml reads as the served JSON with a YAML 1.1 parser too (no 17:00 as 1020)', () => {
    const committed = readFileSync(join(__dirname, '../docs/openapi.yaml'), 'utf8');
    expect(parse(committed, { version: '1.1' })).toEqual(document);
    expect(parse(committed, { version: '1.2' })).toEqual(document);
  });
});
