import { AccessDeniedError, OwnershipScope } from '@app/common';

/** Staff see every order, an engineer the orders whose work they are booked for, an API key the orders it placed. */
export function canSeeOrder(scope: OwnershipScope, placedByApiKeyId: string | null, engineerIds: ReadonlyArray<string | null>): boolean {
  switch (scope.kind) {
    case 'everything':
      return true;
    case 'api-key':
      return placedByApiKeyId === scope.apiKeyId;
    case 'engineer':
      return engineerIds.includes(scope.engineerId);
  }
}

/** The owner a list is narrowed to. Engineers reach their orders through their bookings and services, not the list. */
export function listedOwner(scope: OwnershipScope): { placedByApiKeyId?: string } {
  switch (scope.kind) {
    case 'everything':
      return {};
    case 'api-key':
      return { placedByApiKeyId: scope.apiKeyId };
    case 'engineer':
      throw new AccessDeniedError();
  }
}
