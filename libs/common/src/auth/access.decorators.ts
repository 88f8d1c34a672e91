import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiSecurity } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-errors.decorator';
import { AccessDeniedError, AuthenticationRequiredError } from './auth.errors';
import { CallerRole, Principal } from './principal';

export const IS_PUBLIC = 'access:public';
export const ALLOWED_ROLES = 'access:roles';
/** Names of the OpenAPI security schemes declared in the document. */
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';
export const API_KEY_HEADER = 'x-api-key';

/** Reachable without credentials. Kept to health probes, login and refresh; the docs are served outside Nest's router. */
export function Public(): MethodDecorator {
  return SetMetadata(IS_PUBLIC, true);
}

/**
 * Who may call the operation. Every non-public route names its roles, admin included, so
 * the rule reads where the route is declared and is published in the OpenAPI document as
 * `x-roles` with the security schemes that apply. A route without it is admin-only.
 */
export function Roles(...roles: [CallerRole, ...CallerRole[]]): MethodDecorator {
  const signsIn = roles.some((role) => role !== 'api-key');
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiExtension('x-roles', roles),
    ...(signsIn ? [ApiBearerAuth(BEARER_SCHEME)] : []),
    ...(roles.includes('api-key') ? [ApiSecurity(API_KEY_SCHEME)] : []),
    ApiProblems(AuthenticationRequiredError, AccessDeniedError),
  );
}

/** The authenticated caller; only on routes that are not public. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new AuthenticationRequiredError();
  return principal;
});
