import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsResponse } from '../errors/problem-details';

const descriptions: Record<number, string> = {
  400: 'Invalid input: each bad field is named in `errors`',
  404: 'No resource has that id',
  409: 'Conflicts with existing data or the current state',
  422: 'Well-formed but breaks a business rule',
  429: 'Too many requests',
};

/** Documents the problem+json error responses an operation can return. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? 'Error',
        content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${ProblemDetailsResponse.name}` } } },
      }),
    ),
  );
}
