import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse } from '@nestjs/swagger';
import { PROBLEM_JSON } from '../errors/problem-details';
import { ProblemClass, ProblemType, problemTypeOf } from '../errors/problem-type';

const LISTED = Symbol('api-problems:listed');

/** Where a problem response points at the documented classes; the document's final pass renders it (`renderProblemResponses`). */
export function problemSchemaRef(type: ProblemType): { $ref: string } {
  return { $ref: `#/components/schemas/${type.schemaName}` };
}

/** The response of one status, naming the classes; its description and examples are written when the document is built. */
export function problemResponse(types: readonly ProblemType[]) {
  return {
    description: types.map((type) => type.codes.map((code) => `\`${code}\``).join(' / ')).join(', '),
    content: { [PROBLEM_JSON]: { schema: { oneOf: types.map(problemSchemaRef) } } },
  };
}

/**
 * Documents the errors an operation can raise, by class: per status, the codes each class
 * carries and the members it adds (see `@ProblemType`). Several uses on one operation add up.
 * The problems every operation shares (rate limit, database outage, bad input, a malformed
 * body) are added when the document is built; credentials' come with `@Roles`.
 */
export function ApiProblems(...errorClasses: ProblemClass[]): MethodDecorator {
  const added = errorClasses.map(problemTypeOf);
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const listed: ProblemType[] = [...((Reflect.getMetadata(LISTED, handler) as ProblemType[] | undefined) ?? [])];
    for (const type of added) if (!listed.includes(type)) listed.push(type);
    Reflect.defineMetadata(LISTED, listed, handler);
    const statuses = new Set(added.map((type) => type.status));
    applyDecorators(
      ...[...statuses].map((status) =>
        ApiResponse({ status, ...problemResponse(listed.filter((type) => type.status === status)) } as never),
      ),
      ...(added.some((type) => type.models.length > 0) ? [ApiExtraModels(...added.flatMap((type) => type.models))] : []),
    )(target, key, descriptor);
  };
}
