import { BusinessRuleError, ConflictError, ResourceNotFoundError } from '@app/common';

export class UserNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('User', id);
  }
}

export class UserEmailTakenError extends ConflictError {
  constructor(email: string) {
    super('USER_EMAIL_TAKEN', `Another user already signs in as ${email}`, { field: 'email' });
  }
}

export class EngineerAlreadyLinkedError extends ConflictError {
  constructor(engineerId: string) {
    super('ENGINEER_ALREADY_LINKED', `Engineer ${engineerId} already has a login`, { field: 'engineerId' });
  }
}

export class LinkedEngineerNotFoundError extends BusinessRuleError {
  constructor(engineerId: string) {
    super('ENGINEER_NOT_FOUND', `engineer ${engineerId} does not exist`, {
      errors: [{ field: 'engineerId', message: 'no engineer has this id' }],
    });
  }
}

/** Nobody could manage users any more: the last active admin keeps their role and access. */
export class LastAdminError extends ConflictError {
  constructor() {
    super('LAST_ADMIN', 'This is the last active admin: make another user admin first');
  }
}
