import { HttpStatus } from '@nestjs/common';
import { DomainError, ProblemType, ResourceNotFoundError, notFoundMembers } from '@app/common';

/** One message for an unknown e-mail, a wrong password and a deactivated user, so none can be told apart. */
@ProblemType({ code: 'INVALID_CREDENTIALS', description: 'the e-mail address or password is wrong, or the user is deactivated (one answer for all three)' })
export class InvalidCredentialsError extends DomainError {
  static override readonly status = HttpStatus.UNAUTHORIZED;
  static override readonly title = 'Unauthorized';

  constructor() {
    super('INVALID_CREDENTIALS', 'The e-mail address or password is wrong');
  }
}

@ProblemType({ code: 'INVALID_REFRESH_TOKEN', description: 'the refresh token is unknown, expired or revoked, or its user was deactivated: sign in again' })
export class InvalidRefreshTokenError extends DomainError {
  static override readonly status = HttpStatus.UNAUTHORIZED;
  static override readonly title = 'Unauthorized';

  constructor() {
    super('INVALID_REFRESH_TOKEN', 'The refresh token is unknown, expired or revoked: sign in again');
  }
}

@ProblemType({ code: 'API_KEY_NOT_FOUND', description: 'no API key has that id', members: notFoundMembers('API key') })
export class ApiKeyNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('API key', id);
  }
}
