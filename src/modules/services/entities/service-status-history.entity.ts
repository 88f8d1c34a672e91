import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, uuidColumn } from '@app/common';
import type { ServiceStatus } from '../service-status';
import type { VisitFailureReason } from '../visit-failure';
import { ServiceEntity } from './service.entity';

/** One status change of a service. Rows are only ever appended. */
@Entity({ name: 'service_status_history' })
@Index('idx_service_status_history_service_at', ['serviceId', 'at', 'id'])
@Check('chk_service_status_history_from_status', "from_status IN ('pending', 'scheduled', 'in_progress', 'completed', 'cancelled')")
@Check('chk_service_status_history_to_status', "to_status IN ('pending', 'scheduled', 'in_progress', 'completed', 'cancelled')")
@Check(
  'chk_service_status_history_failure_reason',
  "failure_reason IS NULL OR failure_reason IN ('vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other')",
)
export class ServiceStatusHistoryEntity {
  /**
   * A serial rather than a UUID: it breaks ties between changes made in the same
   * millisecond (completing a scheduled service writes two), keeping them in order.
   */
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column(uuidColumn({ name: 'service_id' }))
  serviceId!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_service_status_history_service' })
  service?: ServiceEntity;

  /** Null for the row written when the service was created. */
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: ServiceStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ServiceStatus;

  @Column(instantColumn())
  at!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** Set when a booked visit failed to do the work (the task went back to pending); `note` then holds the engineer's words. */
  @Column({ name: 'failure_reason', type: 'varchar', length: 32, nullable: true })
  failureReason!: VisitFailureReason | null;
}
