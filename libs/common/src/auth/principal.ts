import { AccessDeniedError } from './auth.errors';

export const USER_ROLES = ['admin', 'dispatcher', 'engineer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who may call an operation: a signed-in user's role, or the web shop's API key. */
export type CallerRole = UserRole | 'api-key';

/** An engineer always acts for one engineer record; staff act for the business. */
export type UserPrincipal =
  | { kind: 'user'; id: string; role: 'admin' | 'dispatcher' }
  | { kind: 'user'; id: string; role: 'engineer'; engineerId: string };

export interface ApiKeyPrincipal {
  kind: 'api-key';
  id: string;
}

/** The authenticated caller of a request, set by the global access guard. */
export type Principal = UserPrincipal | ApiKeyPrincipal;

export function roleOf(principal: Principal): CallerRole {
  return principal.kind === 'user' ? principal.role : 'api-key';
}

/** What audit and history rows record as the actor: prefixed, so a user and an API key are told apart. */
export function actorOf(principal: Principal): string {
  return `${principal.kind}:${principal.id}`;
}

/**
 * The rows a caller may see or change once its role lets it call an operation: staff see
 * everything, an engineer only their own jobs, an API key only the orders it placed.
 */
export type OwnershipScope =
  | { kind: 'everything' }
  | { kind: 'engineer'; engineerId: string }
  | { kind: 'api-key'; apiKeyId: string };

export const EVERYTHING: OwnershipScope = { kind: 'everything' };

export function scopeOf(principal: Principal): OwnershipScope {
  if (principal.kind === 'api-key') return { kind: 'api-key', apiKeyId: principal.id };
  if (principal.role === 'engineer') return { kind: 'engineer', engineerId: principal.engineerId };
  return EVERYTHING;
}

/**
 * Whether the scope reaches a job (a service, a booking, an engineer's agenda) done by
 * `engineerId`. Staff reach every job, an engineer only their own, an API key none.
 */
export function canSeeJob(scope: OwnershipScope, engineerId: string | null): boolean {
  if (scope.kind === 'everything') return true;
  return scope.kind === 'engineer' && scope.engineerId === engineerId;
}

/** The engineer a list of jobs is narrowed to; none for staff. API keys list no jobs. */
export function jobsFilter(scope: OwnershipScope): { engineerId?: string } {
  switch (scope.kind) {
    case 'everything':
      return {};
    case 'engineer':
      return { engineerId: scope.engineerId };
    case 'api-key':
      throw new AccessDeniedError();
  }
}
