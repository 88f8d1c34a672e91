import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@app/common';

/** One message for an unknown e-mail, a wrong password and a deactivated user, so none can be told apart. */
export class InvalidCredentialsError extends DomainError {
  readonly status = HttpStatus.UNAUTHORIZED;
  readonly title = 'Unauthorized';

  constructor() {
    super('INVALID_CREDENTIALS', 'The e-mail address or password is wrong');
  }
}

export class InvalidRefreshTokenError extends DomainError {
  readonly status = HttpStatus.UNAUTHORIZED;
  readonly title = 'Unauthorized';

  constructor() {
    super('INVALID_REFRESH_TOKEN', 'The refresh token is unknown, expired or revoked: sign in again');
  }
}
