import { UserRole, ValidationFailedError } from '@app/common';

/** An engineer's login acts for exactly one engineer record; staff logins for none. */
export function assertEngineerLink(role: UserRole, engineerId: string | null): void {
  if (role === 'engineer' && !engineerId) {
    throw new ValidationFailedError([{ field: 'engineerId', message: 'an engineer user needs the engineerId it acts for' }]);
  }
  if (role !== 'engineer' && engineerId) {
    throw new ValidationFailedError([{ field: 'engineerId', message: 'only engineer users are linked to an engineer' }]);
  }
}
