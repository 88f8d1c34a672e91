import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderOpenApiYaml } from '../src/bootstrap/swagger';
import { TestApp, createTestApp } from './support/test-app';

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

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

  it('serves the Swagger UI at /docs', async () => {
    const response = await testApp.http.get('/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });
});
