import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsResponse } from '../errors/problem-details';

const descriptions: Record<number, string> = {
  400: 'Invalid input: each bad field is named in `errors`',
  401: 'No credentials, or a token or API key that is invalid, expired or revoked',
  403: 'Your role may not use this operation',
  404: 'No resource has that id',
  409: 'Conflicts with existing data or the current state',
  422: 'Well-formed but breaks a business rule',
  429: 'Too many requests: wait the seconds given in `Retry-After`',
};

/** Documents one problem+json error response; `description` overrides the standard wording. */
export function ApiProblem(status: number, description = descriptions[status] ?? 'Error'): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${ProblemDetailsResponse.name}` } } },
  });
}

/** Documents the problem+json error responses an operation can return. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiProblem(status)));
}
