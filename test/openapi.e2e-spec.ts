import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { OpenAPIObject } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { documentedProblemTypes } from '../libs/common/src/errors/problem-type';
import { documentedCodes, operationsOf } from '../libs/common/src/http/problem-documentation';
import { renderOpenApiYaml } from '../src/bootstrap/swagger';
import { TestApp, createTestApp } from './support/test-app';

/** Documented problems no operation answers: they come before any route is matched, or mean a bug. */
const ANSWERED_OUTSIDE_OPERATIONS = new Set([
  'MethodNotAllowedProblem', // a path that exists, with a method it does not have: no operation
  'InternalProblem', // a 500 is a bug: every test fails on one
  'StoreConflictProblem', // a constraint the checks before a write missed: each known race is mapped to a code of its own
]);

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The document's tags that have a description. */
function describedTags(document: unknown): Array<{ name: string; description?: string }> {
  return ((document as { tags?: Array<{ name: string; description?: string }> }).tags ?? []).filter((tag) => tag.description);
}

describe('OpenAPI document (e2e)', () => {
  let testApp: TestApp;
  let served: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    testApp = await createTestApp();
    served = (await testApp.http.get('/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('docs/openapi.yaml is what the application serves (refresh with `npm run openapi:export`)', () => {
    const committed = readFileSync(join(__dirname, '../docs/openapi.yaml'), 'utf8');
    expect(renderOpenApiYaml(served as never)).toBe(committed);
    expect(parse(committed)).toEqual(served);
  });

  it('every operation has a unique operationId and a typed success response', () => {
    const problems: string[] = [];
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries(served.paths)) {
      for (const method of METHODS.filter((candidate) => item[candidate])) {
        const name = `${method.toUpperCase()} ${path}`;
        const operation = item[method]!;
        if (!operation.operationId) problems.push(`${name}: no operationId`);
        else if (operationIds.has(operation.operationId)) problems.push(`${name}: duplicate operationId`);
        operationIds.add(operation.operationId ?? name);
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        if (success.length === 0) problems.push(`${name}: no 2xx response`);
        // Typed in whatever media type it is served as: JSON, or text/calendar for the iCalendar feed.
        const untyped = success.filter(([status, response]) => status !== '204' && !Object.values(response.content ?? {}).some((media) => media.schema));
        if (untyped.length) problems.push(`${name}: untyped success response`);
      }
    }
    expect(operationIds.size).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  describe('problems (issue 15, item 7)', () => {
    const document = () => served as unknown as OpenAPIObject;

    it('lists, for every error status of every operation, the codes of the error classes it names', () => {
      const problems: string[] = [];
      for (const { method, path, operation } of operationsOf(document())) {
        for (const status of Object.keys(operation.responses).filter((candidate) => Number(candidate) >= 400)) {
          if (documentedCodes(document(), operation, Number(status)).length === 0) problems.push(`${method.toUpperCase()} ${path}: ${status} lists no code`);
        }
        for (const status of ['429', '503']) {
          if (!operation.tags?.includes('health') && documentedCodes(document(), operation, Number(status)).length === 0) {
            problems.push(`${method.toUpperCase()} ${path}: no ${status}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('lists every documented error class on an operation, but those no operation answers', () => {
      const text = JSON.stringify({ paths: served.paths, responses: (document().components ?? {}).responses });
      const unlisted = documentedProblemTypes()
        .filter((type) => !ANSWERED_OUTSIDE_OPERATIONS.has(type.schemaName) && !text.includes(`"#/components/schemas/${type.schemaName}"`))
        .map((type) => type.errorClass.name);
      expect(documentedProblemTypes().length).toBeGreaterThan(60);
      expect(unlisted).toEqual([]);
    });

    it('describes every problem class with an example per code', () => {
      const examples = Object.keys(document().components?.examples ?? {});
      for (const type of documentedProblemTypes().filter((candidate) => !ANSWERED_OUTSIDE_OPERATIONS.has(candidate.schemaName))) {
        expect(document().components?.schemas?.[type.schemaName]).toBeDefined();
        for (const code of type.codes) expect(examples.some((name) => name === type.schemaName || name === `${type.schemaName}.${code}`)).toBe(true);
      }
    });

    it('fails a test app that answered a code its document does not list', async () => {
      const probe = await createTestApp();
      try {
        await probe.http.get(`/api/v1/bookings/${randomUUID()}`).expect(404);
        const stripped = JSON.parse(JSON.stringify((await probe.http.get('/docs-json').expect(200)).body)) as OpenAPIObject;
        expect(probe.problems.undocumented(stripped)).toEqual([]);
        delete stripped.paths['/api/v1/bookings/{id}']!.get!.responses['404'];
        expect(probe.problems.undocumented(stripped)).toEqual([
          'GET /api/v1/bookings/{id} answered 404 BOOKING_NOT_FOUND, which its document does not list',
        ]);
      } finally {
        await probe.close();
      }
    });
  });

  it('describes every tag and every operation', () => {
    const tags = new Set(describedTags(served).map((tag) => tag.name));
    const problems: string[] = [];
    for (const { method, path, operation } of operationsOf(served as unknown as OpenAPIObject)) {
      if (!operation.description?.trim()) problems.push(`${method.toUpperCase()} ${path}: no description`);
      for (const tag of operation.tags ?? []) if (!tags.has(tag)) problems.push(`${method.toUpperCase()} ${path}: tag ${tag} is not described`);
    }
    expect(problems).toEqual([]);
  });

  it('serves the Swagger UI at /docs', async () => {
    const response = await testApp.http.get('/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });
});
