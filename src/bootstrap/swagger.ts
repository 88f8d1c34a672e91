import { stringify } from 'yaml';
import { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  OpenAPIObject,
  type ParameterObject,
  type ReferenceObject,
  type RequestBodyObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import {
  API_KEY_SCHEME,
  BEARER_SCHEME,
  BodyTooDeepError,
  DatabaseUnavailableError,
  FieldErrorResponse,
  MalformedJsonError,
  PayloadTooLargeError,
  ProblemDetailsResponse,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  ValidationFailedError,
  addProblems,
  operationsOf,
  renderProblemResponses,
} from '@app/common';
import { ShuttingDownError } from './http-adapter';

/** Every tag an operation uses, with what its operations are for (a test fails on a tag missing here). */
const TAGS: Record<string, string> = {
  auth: 'Sign in, refresh and sign out; who is signed in. Staff and engineers send the access token as a bearer token.',
  'api-keys': 'The keys the web shop places orders with: created (the secret is shown once), listed and revoked by admins.',
  orders: 'Orders of car kits: placed by the web shop (API key) or staff, priced from the catalogue, idempotent with `Idempotency-Key`; v2 orders cover several vehicles.',
  services: 'The installation tasks an order creates (one per vehicle): started, completed with the devices fitted, failed or cancelled.',
  bookings: 'Engineer appointments for an order’s installation: availability and suggestions, booking, rescheduling, and the visit’s outcome.',
  engineers: 'The engineers who fit the kits: skills, areas, working hours, time off, their schedule and calendar feed.',
  customers: 'The people and fleets orders are placed for, with their addresses.',
  vehicles: 'Customers’ vehicles and the devices fitted in them (IMEI, ICCID, serial).',
  products: 'The catalogue: kits and accessories, prices in minor units, installation time and the identifiers each fitted unit records.',
  users: 'Staff and engineer logins, their roles and access.',
  settings: 'Business settings: time zone, working hours, slot grid, lead time, travel buffer and daily limits.',
  admin: 'Operations on the event outbox: failed deliveries and their retry.',
  dispatch: 'The dispatcher’s day: the board of engineers’ visits, time off and free time, and the queue of work waiting for a booking.',
  appointments: 'A customer’s appointment at its secret link, without credentials: see it, find another slot, move or cancel it until the cut-off.',
  webhooks: 'Signed webhooks (Standard Webhooks) of orders’, bookings’ and installations’ events: endpoints, their secrets, the delivery log and re-sends. The web shop manages its own.',
  calendar: 'Engineers’ calendar feeds at their secret URLs, for calendar apps to subscribe to without credentials.',
  health: 'Liveness and readiness probes for the orchestrator and the load balancer; no credentials, no rate limit.',
};

/** The probes answer the orchestrator, outside the API: no credentials, rate limit or database errors. */
const PROBES_TAG = 'health';

/**
 * Adds the problems that come from the shared pipeline rather than from one operation, each
 * where it applies: a rate limit and a database outage on every operation (the probes excepted),
 * a shutdown on every one, `VALIDATION_FAILED` where there is any input to refuse, and the body
 * parser's refusals where a body is read (every method but GET and HEAD: Fastify reads a body
 * sent with any other). Credentials' problems come with `@Roles`.
 */
function documentSharedProblems(document: OpenAPIObject): OpenAPIObject {
  for (const { method, operation } of operationsOf(document)) {
    const probe = operation.tags?.includes(PROBES_TAG) ?? false;
    addProblems(operation, [ShuttingDownError]);
    if (probe) continue;
    addProblems(operation, [TooManyRequestsError, DatabaseUnavailableError]);
    if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) addProblems(operation, [ValidationFailedError]);
    if (method !== 'get' && method !== 'head') {
      addProblems(operation, [MalformedJsonError, BodyTooDeepError, PayloadTooLargeError, UnsupportedMediaTypeError]);
    }
  }
  return document;
}

type SchemaNode = SchemaObject | ReferenceObject;

function isReference(schema: SchemaNode): schema is ReferenceObject {
  return '$ref' in schema;
}

/** The names of the component schemas a schema reaches, through references, properties, items and compositions. */
function reachableSchemas(document: OpenAPIObject, roots: SchemaNode[]): Set<string> {
  const names = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const schema = pending.pop()!;
    if (isReference(schema)) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = document.components?.schemas?.[name];
      if (!names.has(name) && target) {
        names.add(name);
        pending.push(target);
      }
      continue;
    }
    pending.push(...Object.values(schema.properties ?? {}), ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? []));
    if (schema.items) pending.push(schema.items);
    if (typeof schema.additionalProperties === 'object') pending.push(schema.additionalProperties);
  }
  return names;
}

/**
 * Says what the server enforces and the decorators cannot express:
 * - request bodies are objects with no other properties: the global ValidationPipe refuses
 *   unknown fields (`forbidNonWhitelisted`) at every depth, so every object schema a request
 *   body reaches gets `additionalProperties: false` (response schemas built from the same DTO
 *   share it, truthfully: responses are mapped field by field);
 * - a PATCH body is an object, never `null` (400);
 * - a path parameter declared both by `@UuidParam` and an explicit `@ApiParam` is listed once.
 */
function documentWhatTheServerEnforces(document: OpenAPIObject): OpenAPIObject {
  const bodies: SchemaNode[] = [];
  for (const { method, operation } of operationsOf(document)) {
    if (operation.parameters) {
      const byKey = new Map<string, ParameterObject>();
      for (const parameter of operation.parameters as ParameterObject[]) {
        const key = `${parameter.in}:${parameter.name}`;
        byKey.set(key, { ...byKey.get(key), ...parameter, schema: { ...byKey.get(key)?.schema, ...parameter.schema } });
      }
      operation.parameters = [...byKey.values()];
    }
    const body = operation.requestBody as RequestBodyObject | undefined;
    const json = body?.content?.['application/json']?.schema;
    if (!body || !json) continue;
    bodies.push(json);
    if (method === 'patch') {
      body.required = true;
      body.description ??= 'The fields to change, as a JSON object; a `null` body is refused (400)';
    }
  }
  for (const name of reachableSchemas(document, bodies)) {
    const schema = document.components!.schemas![name] as SchemaObject;
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  }
  return document;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Vision Telematics API')
    .setDescription(
      'Orders of vehicle telematics car kits, the installation services they create, and the engineers and bookings that fulfil them. ' +
        'Errors are RFC 9457 problem+json documents with a stable `code`: each operation lists, per status, every code it can ' +
        'answer and the members each adds (`components.schemas.*Problem`, with an example each); clients branch on `code`. ' +
        'Every operation but the health probes, sign-in and refresh needs credentials: staff and engineers send the access ' +
        'token from `POST /api/v1/auth/login` as a bearer token, the web shop its API key. `x-roles` lists who may call each operation. ' +
        'Requests are rate limited per client address (sign-in also per e-mail): a 429 carries `Retry-After` in seconds. ' +
        'A database that is down, too slow or locked answers 503 `DATABASE_UNAVAILABLE` with `Retry-After`, never a 500.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /api/v1/auth/login' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'The web shop’s API key' }, API_KEY_SCHEME);
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDetailsResponse, FieldErrorResponse],
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  return renderProblemResponses(documentSharedProblems(documentWhatTheServerEnforces(document)));
}

/** Swagger UI at /docs, JSON at /docs-json, YAML at /docs-yaml. */
export function setupSwagger(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  return document;
}

/**
 * The committed docs/openapi.yaml is this rendering; a test compares the two. Keys are
 * sorted because the swagger plugin's metadata and explicit decorators merge in an order
 * that differs between `nest build` and ts-jest. Written as YAML 1.1, so strings a YAML 1.1
 * parser would read as something else (`17:00` as 1020, `2026-03-30` as a date, `yes` as
 * true) are quoted; YAML 1.2 parsers read the same values.
 */
export function renderOpenApiYaml(document: OpenAPIObject): string {
  return stringify(JSON.parse(JSON.stringify(document)), {
    version: '1.1',
    lineWidth: 0,
    aliasDuplicateObjects: false,
    sortMapEntries: true,
  });
}
