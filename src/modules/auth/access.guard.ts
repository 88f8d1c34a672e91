import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ALLOWED_ROLES,
  API_KEY_HEADER,
  AccessDeniedError,
  AuthenticationRequiredError,
  CallerRole,
  IS_PUBLIC,
  Principal,
  UserPrincipal,
  roleOf,
} from '@app/common';
import type { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { ApiKeysService } from './api-keys/api-keys.service';
import { SessionsService } from './sessions.service';

/** A route that names no roles is for admins only. */
const DEFAULT_ROLES: CallerRole[] = ['admin'];

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

function toPrincipal(user: User): UserPrincipal {
  if (user.role !== 'engineer') return { kind: 'user', id: user.id, role: user.role };
  // The users table's check constraint links every engineer login to an engineer.
  if (!user.engineerId) throw new AccessDeniedError();
  return { kind: 'user', id: user.id, role: 'engineer', engineerId: user.engineerId };
}

/**
 * Runs on every route and denies by default: a route is reachable without credentials only
 * when marked `@Public()`; otherwise the caller must present a valid bearer token of an
 * active user whose session (`sid`) has not ended, or an unrevoked API key, whose role the
 * route's `@Roles()` names. The user and the session's state come from per-instance caches
 * that every instance clears at once when a change is announced (src/redis/announcements.ts);
 * an instance that missed an announcement catches up within USER_CACHE_TTL_SECONDS.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly usersService: UsersService,
    private readonly apiKeysService: ApiKeysService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const principal = await this.authenticate(request);
    const allowed = this.reflector.getAllAndOverride<CallerRole[]>(ALLOWED_ROLES, targets) ?? DEFAULT_ROLES;
    if (!allowed.includes(roleOf(principal))) throw new AccessDeniedError();
    request.principal = principal;
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Principal> {
    const token = bearerToken(request.headers.authorization);
    const apiKey = request.headers[API_KEY_HEADER];
    if (token && apiKey !== undefined) throw new AuthenticationRequiredError('Send a bearer token or an API key, not both');
    if (token) return this.userWithToken(token);
    if (typeof apiKey === 'string') return this.apiKeyWithSecret(apiKey);
    throw new AuthenticationRequiredError();
  }

  private async userWithToken(token: string): Promise<UserPrincipal> {
    const claims = await this.accessTokens.verify(token);
    const [user, sessionLive] = claims
      ? await Promise.all([this.usersService.findActiveCached(claims.userId), this.sessions.isLive(claims.sessionId)])
      : [null, false];
    if (!claims || !user || !sessionLive || claims.tokenVersion !== user.tokenVersion) {
      throw new AuthenticationRequiredError('The access token is invalid, expired or revoked: refresh it or sign in again');
    }
    return toPrincipal(user);
  }

  private async apiKeyWithSecret(secret: string): Promise<Principal> {
    const apiKey = await this.apiKeysService.authenticate(secret);
    if (!apiKey) throw new AuthenticationRequiredError('The API key is unknown or revoked');
    return { kind: 'api-key', id: apiKey.id };
  }
}
