import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsResponse } from '@app/common';
import { BookedJobReference, TimeOffReference } from './dto/engineer-conflict.response';

/** The members a 409 of this module may add to the problem document. */
const MEMBERS = {
  bookings: {
    type: 'array',
    items: { $ref: getSchemaPath(BookedJobReference) },
    description: 'The engineer’s scheduled bookings in the way, earliest first',
  },
  timeOff: { allOf: [{ $ref: getSchemaPath(TimeOffReference) }], description: 'The engineer’s time off in the way' },
} as const;

/**
 * Documents an operation's 409 problem: the codes it can carry (`description` says when) and
 * the members each adds, on top of the standard problem document.
 */
export function ApiConflict(description: string, codes: string[], members: (keyof typeof MEMBERS)[] = []): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(BookedJobReference, TimeOffReference),
    ApiResponse({
      status: 409,
      description,
      content: {
        [PROBLEM_JSON]: {
          schema: {
            allOf: [
              { $ref: getSchemaPath(ProblemDetailsResponse) },
              {
                type: 'object',
                properties: {
                  code: { type: 'string', enum: codes },
                  ...Object.fromEntries(members.map((member) => [member, MEMBERS[member]])),
                },
              },
            ],
          },
        },
      },
    }),
  );
}
