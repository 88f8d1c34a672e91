import { BusinessRuleError, ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'USER_NOT_FOUND', description: 'no user has that id', members: notFoundMembers('User') })
export class UserNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('User', id);
  }
}

@ProblemType({ code: 'USER_EMAIL_TAKEN', description: 'another user already signs in with the e-mail address', members: { field: member.string('The field at fault', 'email') } })
export class UserEmailTakenError extends ConflictError {
  constructor(email: string) {
    super('USER_EMAIL_TAKEN', `Another user already signs in as ${email}`, { field: 'email' });
  }
}

@ProblemType({ code: 'ENGINEER_ALREADY_LINKED', description: 'the engineer already has a login', members: { field: member.string('The field at fault', 'engineerId') } })
export class EngineerAlreadyLinkedError extends ConflictError {
  constructor(engineerId: string) {
    super('ENGINEER_ALREADY_LINKED', `Engineer ${engineerId} already has a login`, { field: 'engineerId' });
  }
}

@ProblemType({
  code: 'ENGINEER_NOT_FOUND',
  description: 'no engineer has the `engineerId` the user is to act for',
  members: { errors: member.fieldErrors('Names the field', 'engineerId', 'no engineer has this id') },
})
export class LinkedEngineerNotFoundError extends BusinessRuleError {
  constructor(engineerId: string) {
    super('ENGINEER_NOT_FOUND', `engineer ${engineerId} does not exist`, {
      errors: [{ field: 'engineerId', message: 'no engineer has this id' }],
    });
  }
}

/** Nobody could manage users any more: the last active admin keeps their role and access. */
@ProblemType({ code: 'LAST_ADMIN', description: 'this is the last active admin: make another user admin first' })
export class LastAdminError extends ConflictError {
  constructor() {
    super('LAST_ADMIN', 'This is the last active admin: make another user admin first');
  }
}
