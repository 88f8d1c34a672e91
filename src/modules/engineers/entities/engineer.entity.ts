import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, jsonColumn, WorkingHours } from '@app/common';

// Index and check names match migrations/1764064900000-create-engineers.ts, so a generated
// migration sees no difference.
@Entity({ name: 'engineers' })
@Index('uq_engineers_email', ['email'], { unique: true })
@Index('idx_engineers_created_at_id', ['createdAt', 'id'])
@Index('idx_engineers_active_created_at_id', ['active', 'createdAt', 'id'])
@Check('chk_engineers_max_jobs_per_day', 'max_jobs_per_day BETWEEN 1 AND 20')
export class EngineerEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Always lower-case, so the unique index is case-insensitive in effect. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 32 })
  phone!: string;

  /** Null: the engineer works the business's default hours (settings). */
  @Column(jsonColumn({ name: 'working_hours', nullable: true }))
  workingHours!: WorkingHours | null;

  @Column({ name: 'max_jobs_per_day', type: 'integer', nullable: true })
  maxJobsPerDay!: number | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Where the engineer starts the day from; null when not recorded. Normalised, e.g. `SW1A 1AA`. */
  @Column({ name: 'home_postcode', type: 'varchar', length: 8, nullable: true })
  homePostcode!: string | null;

  /** Where the home base is: WGS84 degrees; both null when not known. */
  @Column({ name: 'home_lat', type: 'double precision', nullable: true })
  homeLat!: number | null;

  @Column({ name: 'home_lng', type: 'double precision', nullable: true })
  homeLng!: number | null;
}
