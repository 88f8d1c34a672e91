import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createProduct, orderRequest } from './support/fixtures';
import { TestApp, createTestApp } from './support/test-app';
import { OpenApiDocument as Document, Operation, Parameter, Schema } from './support/openapi-document';

/**
 * Schema-driven fuzzing of every operation in the served OpenAPI document, signed in as admin:
 * values generated from each operation's parameter and body schemas, mutated at every depth
 * (wrong JSON types, nulls, deep nesting, control characters, very long and non-BMP text,
 * out-of-range numbers and dates, garbage cursors), sent to the real app on its own database.
 *
 * Whatever comes back must be an answer, never a crash: no 5xx; every 4xx an
 * application/problem+json document with a `code`; every 400 naming the fields it refused.
 *
 * FUZZ_RUNS (cases per operation, default 60) and FUZZ_SEED (default 13) override the fixed
 * settings, e.g. to replay a failure or to run longer (docs/local-development.md).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 13);

/**
 * Operations left out of the random run because a case would change what every later case
 * means; each is covered by the targeted tests below instead.
 * - `logout` ends the admin session that every fuzz request is sent with.
 */
const EXCLUDED = new Set(['logout']);

interface FuzzCase {
  path: Record<string, string>;
  query: Array<[string, string]>;
  headers: Record<string, string | undefined>;
  /** JSON text, or undefined for no body. */
  body: string | undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Percent-encodes the UTF-8 bytes, so lone surrogates and control characters travel as they are. */
function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

// ---- Hostile values -------------------------------------------------------------------------

const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\t', '\n', '\r'];

const controlString = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 8 }))
  .map(([before, control, after]) => `${before}${control}${after}`);

const strangeString = fc.oneof(
  controlString,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates included
  fc.constantFrom('\ud83d\ude97'.repeat(300), 'x'.repeat(10_001), '', ' ', '%', '_', '\\', "' OR '1'='1", '%00', '\ud800'),
);

const strangeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 2_147_483_647, 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 2 ** 63, 1e308, -1e308, 1.5, 0.1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const strangeDate = fc.constantFrom(
  '2026-02-30T09:00:00Z',
  '2026-02-30',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59-14:00',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '99999',
  '1767000000000',
  '2026-13-01T00:00:00Z',
  '2026-03-02T24:00:00Z',
  '2026-03-02T09:00:00',
  'yesterday',
);

/** Cursors a client could forge: base64url JSON of the wrong shape, dates out of range, junk. */
const garbageCursor = fc.oneof(
  fc.constantFrom(
    ['+275760-09-13T00:00:00.000Z', randomUUID()],
    ['0000-01-01T00:00:00.000Z', randomUUID()],
    ['2026-02-30T00:00:00.000Z', randomUUID()],
    [0, randomUUID()],
    ['2026-01-01T00:00:00.000Z', 'not-a-uuid'],
    ['2026-01-01T00:00:00.000Z\u0000', randomUUID()],
    { createdAt: '2026-01-01T00:00:00.000Z' },
    null,
    [],
  ).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc.string({ maxLength: 600 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
);

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}

const deepValue = fc
  .tuple(fc.constantFrom(31, 33, 100, 3_000), fc.boolean())
  .map(([depth, asArray]) => nest(depth, 1, asArray));

/** A value of any JSON type, including some nobody should send. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    strangeNumber,
    strangeString,
    strangeDate,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), controlString), tie('value'), { maxKeys: 3 }),
    deepValue,
  ),
})).value;

// ---- Values from the document's schemas ------------------------------------------------------

class Arbitraries {
  constructor(
    private readonly document: Document,
    private readonly ids: string[],
  ) {}

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return this.document.components.schemas[name]!;
  }

  /** A value the schema allows, or, at any depth, a mutation of it. */
  value(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
    const valid = this.valid(this.resolve(schema), depth);
    return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: anyJson, weight: 1 });
  }

  private valid(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const variants = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (variants) return fc.oneof(...variants.map((variant) => this.value(variant, depth)));
    const base = this.validOfType(schema, depth);
    return schema.nullable ? fc.option(base, { nil: null }) : base;
  }

  private validOfType(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? -1_000_000;
        const max = schema.maximum ?? 1_000_000;
        return fc.integer({ min: Math.max(min, -2_147_483_648), max: Math.min(max, 2_147_483_647) });
      }
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(this.value(schema.items ?? {}, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        });
      case 'object':
      case undefined:
        if (!schema.properties) return schema.type === 'object' ? fc.dictionary(fc.string({ maxLength: 6 }), anyJson, { maxKeys: 2 }) : anyJson;
        return fc.record(
          Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, this.value(property, depth + 1)])),
          { requiredKeys: (schema.required ?? []).filter((name) => name in schema.properties!) },
        );
      default:
        return this.string(schema);
    }
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    const maxLength = schema.maxLength ?? 40;
    switch (schema.format) {
      case 'uuid':
        return this.id();
      case 'date-time':
        return fc
          .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
          .map((date) => date.toISOString());
      case 'date':
        return fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
      case 'email':
        return fc.emailAddress();
      default:
        if (schema.pattern) {
          try {
            return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= maxLength);
          } catch {
            // a pattern JavaScript cannot read: plain strings below
          }
        }
        return fc.string({ minLength: schema.minLength ?? 0, maxLength });
    }
  }

  /** An id that exists (so requests reach the code behind the lookup), a random one, or junk. */
  id(): fc.Arbitrary<string> {
    return fc.oneof(fc.constantFrom(...this.ids), fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1'));
  }

  pathValue(): fc.Arbitrary<string> {
    return fc.oneof({ arbitrary: this.id(), weight: 4 }, { arbitrary: strangeString, weight: 1 }, { arbitrary: strangeDate, weight: 1 });
  }

  queryValue(parameter: Parameter): fc.Arbitrary<string | string[]> {
    const schema = this.resolve(parameter.schema ?? {});
    const valid = this.valid(schema, 1).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
    const hostile = fc.oneof(
      strangeString,
      strangeDate,
      strangeNumber.map(String),
      fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }), // the parameter repeated
      ...(parameter.name === 'cursor' ? [garbageCursor] : []),
    );
    return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostile, weight: 2 });
  }

  fuzzCase(operation: Operation): fc.Arbitrary<FuzzCase> {
    const parameters = operation.parameters ?? [];
    const path = fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, this.pathValue()])));
    const queryParameters = parameters.filter((p) => p.in === 'query');
    const query = fc
      .record(Object.fromEntries(queryParameters.map((p) => [p.name, this.queryValue(p)])), { requiredKeys: [] })
      .map((values) => Object.entries(values).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, item] as [string, string])));
    const headers = fc.record(
      Object.fromEntries(parameters.filter((p) => p.in === 'header').map((p) => [p.name, fc.string({ unit: fc.constantFrom(...'abcdefXYZ0123456789-_'), maxLength: 300 })])),
      { requiredKeys: [] },
    );
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const body: fc.Arbitrary<string | undefined> = schema
      ? fc.oneof(
          { arbitrary: this.value(schema).map((value) => JSON.stringify(value)), weight: 8 },
          { arbitrary: fc.constantFrom(undefined, 'null', '[]', '"text"', '{"a":', '[[[[', '{"__proto__":{"x":1}}'), weight: 1 },
        )
      : fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: anyJson.map((value) => JSON.stringify(value)), weight: 1 });
    return fc.record({ path, query, headers, body });
  }
}

// ---- Sending and judging ---------------------------------------------------------------------

async function send(testApp: TestApp, method: (typeof METHODS)[number], template: string, fuzzCase: FuzzCase): Promise<Response> {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => encode(fuzzCase.path[name] ?? ''));
  const query = fuzzCase.query.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  let request = testApp.http[method](query ? `${path}?${query}` : path);
  for (const [name, value] of Object.entries(fuzzCase.headers)) if (value !== undefined) request = request.set(name, value);
  if (fuzzCase.body !== undefined) request = request.set('content-type', 'application/json').send(fuzzCase.body);
  return request;
}

/** What is wrong with the response, or undefined when it is an acceptable answer. */
function verdict(response: Response): string | undefined {
  if (response.status >= 500) return `answered ${response.status}`;
  if (response.status < 400) return undefined;
  if (!/^application\/problem\+json/.test(String(response.headers['content-type']))) return `a ${response.status} that is not problem+json`;
  const body = response.body as { code?: unknown; errors?: unknown };
  if (typeof body.code !== 'string' || body.code === '') return `a ${response.status} without a code`;
  if (response.status === 400) {
    const errors = body.errors;
    if (!Array.isArray(errors) || errors.length === 0) return 'a 400 without errors';
    if (!errors.every((error: { field?: unknown }) => typeof error.field === 'string' && error.field !== '')) return 'a 400 with an error naming no field';
  }
  return undefined;
}

function describeCase(fuzzCase: FuzzCase): string {
  const text = JSON.stringify(fuzzCase);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

describe('Schema-driven fuzzing (e2e)', () => {
  let testApp: TestApp;
  let document: Document;
  let ids: string[];

  beforeAll(async () => {
    testApp = await createTestApp();
    document = (await testApp.http.get('/docs-json').expect(200)).body as Document;
    // Real rows of each kind, so generated ids also reach the code behind the lookups. Not the
    // admin's own user id: deactivating it, or resetting its password, would end the session
    // every case is sent with (the users operations are fuzzed on another user's id instead).
    const product = await createProduct(testApp.http);
    const order = (await testApp.http.post('/api/v1/orders').send(orderRequest([product])).expect(201)).body as { id: string; customerId: string };
    const engineer = (
      await testApp.http
        .post('/api/v1/engineers')
        .send({ name: 'Fuzz Engineer', email: 'fuzz.engineer@example.com', phone: '+44 20 7946 0000', skills: ['dashcam'], areas: ['SW'] })
        .expect(201)
    ).body as { id: string };
    const user = await testApp.signInAs('dispatcher');
    const apiKey = await testApp.withApiKey();
    const services = (await testApp.http.get('/api/v1/services').query({ orderId: order.id }).expect(200)).body as { items: Array<{ id: string }> };
    ids = [product.id, order.id, order.customerId, engineer.id, user.id, apiKey.id, ...services.items.map((service) => service.id)];
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it(`answers every generated request without a 5xx, as problem+json (${RUNS} cases per operation, seed ${SEED})`, async () => {
    const arbitraries = new Arbitraries(document, ids);
    const failures: string[] = [];
    let operations = 0;
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation || EXCLUDED.has(operation.operationId)) continue;
        operations += 1;
        const result = await fc.check(
          fc.asyncProperty(arbitraries.fuzzCase(operation), async (fuzzCase) => {
            const response = await send(testApp, method, template, fuzzCase);
            const problem = verdict(response);
            if (problem) throw new Error(`${problem}: ${JSON.stringify(response.body).slice(0, 300)}`);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed) {
          const [fuzzCase] = result.counterexample ?? [];
          failures.push(`${method.toUpperCase()} ${template} (${operation.operationId}): ${String((result.errorInstance as Error | undefined)?.message)}\n  case: ${fuzzCase ? describeCase(fuzzCase) : '?'}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 600_000);

  describe('the operations left out of the random run', () => {
    it('logout: refuses malformed bodies as problems and ends only the session it is sent with', async () => {
      const user = await testApp.signInAs('dispatcher');
      for (const body of ['null', '[]', '{"refreshToken":"\\u0000"}', JSON.stringify(nest(3_000, 1, true)), JSON.stringify({ refreshToken: { a: 1 } })]) {
        const response = await user.http.post('/api/v1/auth/logout').set('content-type', 'application/json').send(body);
        expect(verdict(response)).toBeUndefined();
        expect(response.status).toBe(400);
      }
      await user.http.post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
      await testApp.http.get('/api/v1/auth/me').expect(200);
    });
  });
});
