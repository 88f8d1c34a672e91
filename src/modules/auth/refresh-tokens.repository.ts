import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { lockedForUpdate } from '@app/common';
import { deleteDueRows } from '../../retention/delete-due-rows';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

export type NewRefreshToken = Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'userTokenVersion' | 'expiresAt'>;

/** Every query on the refresh_tokens table; all run in the caller's transaction. */
@Injectable()
export class RefreshTokensRepository {
  /** The token, locked until the transaction ends on PostgreSQL, so two refreshes with it cannot both rotate it. */
  lockByDigest(tokenHash: string, manager: EntityManager): Promise<RefreshTokenEntity | null> {
    const query = manager.createQueryBuilder(RefreshTokenEntity, 'token').where('token.tokenHash = :tokenHash', { tokenHash });
    return lockedForUpdate(query).getOne();
  }

  async insert(token: NewRefreshToken, manager: EntityManager): Promise<RefreshTokenEntity> {
    const row = manager.create(RefreshTokenEntity, { ...token, id: randomUUID(), revokedAt: null, createdAt: new Date() });
    await manager.insert(RefreshTokenEntity, row);
    return row;
  }

  async revoke(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(RefreshTokenEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /**
   * One batch of tokens that expired before `now`, revoked or not: at most `limit` rows deleted,
   * answers how many. A revoked token is kept until then, so presenting it again while it
   * could still have been used is recognised as reuse and ends its session.
   */
  deleteExpiredBefore(now: Date, limit: number, manager: EntityManager): Promise<number> {
    return deleteDueRows(manager, RefreshTokenEntity, 'due.expiresAt < :now', { now }, limit);
  }

  /** Whether the session still has a token that can be refreshed: neither revoked nor expired. */
  isFamilyLive(familyId: string, now: Date, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(RefreshTokenEntity).exists({ where: { familyId, revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  async revokeFamily(familyId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
