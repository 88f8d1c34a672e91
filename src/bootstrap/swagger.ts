import { stringify } from 'yaml';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  API_KEY_SCHEME,
  BEARER_SCHEME,
  DATABASE_RETRY_AFTER_SECONDS,
  FieldErrorResponse,
  PROBLEM_JSON,
  ProblemDetailsResponse,
} from '@app/common';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation can meet a database outage: one response, referenced by each. */
const DATABASE_UNAVAILABLE_RESPONSE = 'DatabaseUnavailable';

/**
 * Adds the 503 a database outage gives to every operation that documents no 503 of its own
 * (the health probes do).
 */
function documentDatabaseUnavailable(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    responses: {
      ...document.components?.responses,
      [DATABASE_UNAVAILABLE_RESPONSE]: {
        description:
          '`DATABASE_UNAVAILABLE`: the database is down, did not answer in time or was locked past the limit; ' +
          'retry after the seconds in `Retry-After`. `SHUTTING_DOWN`: this instance is stopping; send the request again',
        headers: {
          'Retry-After': {
            description: `Seconds to wait before retrying (${DATABASE_RETRY_AFTER_SECONDS}); only with DATABASE_UNAVAILABLE`,
            schema: { type: 'integer' },
          },
        },
        content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${ProblemDetailsResponse.name}` } } },
      },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation && !operation.responses['503']) {
        operation.responses['503'] = { $ref: `#/components/responses/${DATABASE_UNAVAILABLE_RESPONSE}` };
      }
    }
  }
  return document;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Vision Telematics API')
    .setDescription(
      'Orders of vehicle telematics car kits, the installation services they create, and the engineers and bookings that fulfil them. ' +
        'Errors are RFC 9457 problem+json documents with a stable `code`. ' +
        'Every operation but the health probes, sign-in and refresh needs credentials: staff and engineers send the access ' +
        'token from `POST /api/v1/auth/login` as a bearer token, the web shop its API key. `x-roles` lists who may call each operation. ' +
        'Requests are rate limited per client address (sign-in also per e-mail): a 429 carries `Retry-After` in seconds. ' +
        'A database that is down, too slow or locked answers 503 `DATABASE_UNAVAILABLE` with `Retry-After`, never a 500.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /api/v1/auth/login' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'The web shop’s API key' }, API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsResponse, FieldErrorResponse],
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  return documentDatabaseUnavailable(document);
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
 * that differs between `nest build` and ts-jest.
 */
export function renderOpenApiYaml(document: OpenAPIObject): string {
  return stringify(JSON.parse(JSON.stringify(document)), { lineWidth: 0, aliasDuplicateObjects: false, sortMapEntries: true });
}
