import { stringify } from 'yaml';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorResponse, ProblemDetailsResponse } from '@app/common';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Vision Telematics API')
    .setDescription(
      'Orders of vehicle telematics car kits, the installation services they create, and the engineers and bookings that fulfil them. ' +
        'Errors are RFC 9457 problem+json documents with a stable `code`.',
    )
    .setVersion('1')
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsResponse, FieldErrorResponse],
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
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
