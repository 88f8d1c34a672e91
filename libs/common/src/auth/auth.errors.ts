import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** No credentials, or credentials that are not (or no longer) valid. */
export class AuthenticationRequiredError extends DomainError {
  readonly status = HttpStatus.UNAUTHORIZED;
  readonly title = 'Unauthorized';

  constructor(message = 'Sign in and send the access token as a bearer token, or send an API key') {
    super('AUTHENTICATION_REQUIRED', message);
  }
}

/** The caller is known but its role may not use this operation. */
export class AccessDeniedError extends DomainError {
  readonly status = HttpStatus.FORBIDDEN;
  readonly title = 'Forbidden';

  constructor() {
    super('ACCESS_DENIED', 'Your role may not use this operation');
  }
}
