import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';

/** One refresh token; rows are revoked, never updated otherwise. */
@Entity({ name: 'refresh_tokens' })
@Index('uq_refresh_tokens_hash', ['tokenHash'], { unique: true })
@Index('idx_refresh_tokens_family', ['familyId'])
@Index('idx_refresh_tokens_expires', ['expiresAt'])
export class RefreshTokenEntity {
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column(uuidColumn({ name: 'user_id' }))
  userId!: string;

  /** Shared by every token rotated from one sign-in: the session. */
  @Column(uuidColumn({ name: 'family_id' }))
  familyId!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  /** The user's token version when issued: a later bump ends the session. */
  @Column({ name: 'user_token_version', type: 'integer' })
  userTokenVersion!: number;

  @Column(instantColumn({ name: 'expires_at' }))
  expiresAt!: Date;

  /** Set when the token is rotated or its session ends. */
  @Column(instantColumn({ name: 'revoked_at', nullable: true }))
  revokedAt!: Date | null;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
