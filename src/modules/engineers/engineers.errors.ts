import { ConflictError, ResourceNotFoundError } from '@app/common';

export class EngineerNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Engineer', id);
  }
}

export class EngineerTimeOffNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Time off', id);
  }
}

export class EngineerEmailTakenError extends ConflictError {
  constructor(email: string) {
    super('ENGINEER_EMAIL_TAKEN', `Another engineer already uses the email address ${email}`, { field: 'email' });
  }
}
