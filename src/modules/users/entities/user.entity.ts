import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, UserRole, uuidColumn } from '@app/common';

// Indexes and checks are declared here as well as in the migration so that a generated
// migration never tries to drop them.
@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true })
@Index('uq_users_engineer', ['engineerId'], { unique: true })
@Index('idx_users_created_at_id', ['createdAt', 'id'])
@Check('chk_users_role', "role IN ('admin', 'dispatcher', 'engineer')")
@Check('chk_users_engineer_link', "(role = 'engineer') = (engineer_id IS NOT NULL)")
export class UserEntity extends BaseEntity {
  /** Always lower-case, so the unique index makes addresses unique regardless of case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** How colleagues and audit trails name the user. */
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** An argon2id PHC string; the password itself is never stored. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

  @Column(uuidColumn({ name: 'engineer_id', nullable: true }))
  engineerId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Tokens carry the version they were issued under; bumped on deactivation and password resets to end every session. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion!: number;
}
