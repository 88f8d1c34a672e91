import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { UnitOfWork, digestOf, generateSecret } from '@app/common';
import { AuthConfig } from '../../config/auth.config';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { DEFAULT_RETENTION_BUDGET, RetentionBudget } from '../../retention/retention-job';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { InvalidCredentialsError, InvalidRefreshTokenError } from './auth.errors';
import { TokenPair } from './dto/token-pair.response';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionsService } from './sessions.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The user a token pair is for, as of the moment it is issued. */
interface Holder {
  id: string;
  tokenVersion: number;
}

interface IssuedRefreshToken {
  holder: Holder;
  /** The session: access tokens name it as `sid`. */
  familyId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Sign-in, refresh and sign-out. A refresh token is single use: refreshing revokes it and
 * issues the next one of the same family (the session). Presenting a revoked token again
 * means it was copied, so the whole family is revoked and both holders must sign in again.
 * Access tokens name their family (`sid`): when it ends, SessionsService refuses them at once.
 */
@Injectable()
export class AuthService {
  private readonly refreshTtlMs: number;

  constructor(
    private readonly usersService: UsersService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsService,
    config: ConfigService,
  ) {
    this.refreshTtlMs = config.getOrThrow<AuthConfig>('auth').refreshTokenTtlDays * DAY_MS;
  }

  async login(email: string, password: string): Promise<TokenPair> {
    const user = await this.usersService.findByCredentials(email, password);
    if (!user) throw new InvalidCredentialsError();
    const refresh = await this.unitOfWork.run((manager) => this.issueRefreshToken(user, randomUUID(), manager));
    return this.pairWith(refresh);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const now = new Date();
    const outcome = await this.unitOfWork.run(async (manager): Promise<{ next?: IssuedRefreshToken; reusedSession?: string }> => {
      const current = await this.refreshTokens.lockByDigest(digestOf(refreshToken), manager);
      if (!current) return {};
      if (current.revokedAt) {
        await this.refreshTokens.revokeFamily(current.familyId, now, manager);
        return { reusedSession: current.familyId };
      }
      const user = await this.usersService.findActive(current.userId);
      if (!user || current.expiresAt <= now || current.userTokenVersion !== user.tokenVersion) return {};
      await this.refreshTokens.revoke(current.id, now, manager);
      return { next: await this.issueRefreshToken(user, current.familyId, manager) };
    });
    // After the transaction, so a reuse's family revocation is committed before it is announced.
    if (outcome.reusedSession) await this.sessions.announceEnded(outcome.reusedSession);
    if (!outcome.next) throw new InvalidRefreshTokenError();
    return this.pairWith(outcome.next);
  }

  /**
   * Ends the session the refresh token belongs to, if it is the caller's: its refresh and
   * access tokens stop working at once, on every instance. Unknown tokens are ignored.
   */
  async logout(userId: string, refreshToken: string): Promise<void> {
    const ended = await this.unitOfWork.run(async (manager) => {
      const current = await this.refreshTokens.lockByDigest(digestOf(refreshToken), manager);
      if (current?.userId !== userId) return null;
      await this.refreshTokens.revokeFamily(current.familyId, new Date(), manager);
      return current.familyId;
    });
    if (ended) await this.sessions.announceEnded(ended);
  }

  /**
   * Deletes the refresh tokens past their expiry, revoked ones included, in batches within the
   * budget; answers how many. `refresh` refuses them already: this only frees the rows.
   */
  deleteExpiredRefreshTokens(budget: RetentionBudget = DEFAULT_RETENTION_BUDGET): Promise<number> {
    // The same time source as `refresh`'s expiry check and `issueRefreshToken`'s expiresAt.
    const now = new Date();
    return deleteInBatches((batchSize) => this.unitOfWork.run((manager) => this.refreshTokens.deleteExpiredBefore(now, batchSize, manager)), budget);
  }

  private async issueRefreshToken(holder: Holder, familyId: string, manager: EntityManager): Promise<IssuedRefreshToken> {
    const token = generateSecret();
    const expiresAt = new Date(Date.now() + this.refreshTtlMs);
    await this.refreshTokens.insert(
      { userId: holder.id, familyId, tokenHash: digestOf(token), userTokenVersion: holder.tokenVersion, expiresAt },
      manager,
    );
    return { holder, familyId, token, expiresAt };
  }

  private async pairWith(refresh: IssuedRefreshToken): Promise<TokenPair> {
    return {
      accessToken: await this.accessTokens.issue(refresh.holder.id, refresh.holder.tokenVersion, refresh.familyId),
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}
