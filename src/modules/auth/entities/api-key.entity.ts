import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';

/** A key the web shop sends as X-Api-Key. Only its digest is stored. */
@Entity({ name: 'api_keys' })
@Index('uq_api_keys_hash', ['keyHash'], { unique: true })
export class ApiKeyEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'key_prefix', type: 'varchar', length: 16 })
  keyPrefix!: string;

  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  /** The admin who created it. */
  @Column(uuidColumn({ name: 'created_by' }))
  createdBy!: string;

  @Column(instantColumn({ name: 'revoked_at', nullable: true }))
  revokedAt!: Date | null;
}
