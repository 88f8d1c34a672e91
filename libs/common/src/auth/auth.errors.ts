import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ProblemType } from '../errors/problem-type';

const CHALLENGE = { 'WWW-Authenticate': { description: 'The scheme that would succeed: `Bearer`', schema: { type: 'string', example: 'Bearer' } } };

/** No credentials, or credentials that are not (or no longer) valid. */
@ProblemType({
  code: 'AUTHENTICATION_REQUIRED',
  description: 'no credentials, both a bearer token and an API key, or a token or API key that is invalid, expired or revoked',
  headers: CHALLENGE,
})
export class AuthenticationRequiredError extends DomainError {
  static override readonly status = HttpStatus.UNAUTHORIZED;
  static override readonly title = 'Unauthorized';

  constructor(message = 'Sign in and send the access token as a bearer token, or send an API key') {
    super('AUTHENTICATION_REQUIRED', message);
  }
}

/** The caller is known but its role may not use this operation. */
@ProblemType({ code: 'ACCESS_DENIED', description: 'the caller’s role may not use this operation (`x-roles` lists who may)' })
export class AccessDeniedError extends DomainError {
  static override readonly status = HttpStatus.FORBIDDEN;
  static override readonly title = 'Forbidden';

  constructor() {
    super('ACCESS_DENIED', 'Your role may not use this operation');
  }
}
