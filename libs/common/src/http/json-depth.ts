import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ProblemType, member } from '../errors/problem-type';

/** How deeply objects and arrays may nest in a JSON body; the API's deepest DTO uses 4 levels. */
export const MAX_JSON_DEPTH = 32;

@ProblemType({
  code: 'BODY_TOO_DEEP',
  description: `the JSON body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
  members: {
    limit: member.integer('How deeply objects and arrays may nest', MAX_JSON_DEPTH),
    errors: member.fieldErrors('Names the body', 'body', `objects and arrays may nest at most ${MAX_JSON_DEPTH} levels deep`),
  },
})
export class BodyTooDeepError extends DomainError {
  static override readonly status = HttpStatus.BAD_REQUEST;
  static override readonly title = 'Bad Request';

  constructor(limit = MAX_JSON_DEPTH) {
    super('BODY_TOO_DEEP', `The request body nests objects and arrays more than ${limit} levels deep`, {
      limit,
      errors: [{ field: 'body', message: `objects and arrays may nest at most ${limit} levels deep` }],
    });
  }
}

/**
 * Whether JSON text nests `{`/`[` deeper than `limit`, read in one pass before it is parsed, so a
 * body of a few thousand brackets never reaches the parser's or the validators' recursion.
 * Brackets inside strings do not count; malformed text is left for the parser to refuse.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index += 1;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return false;
}
