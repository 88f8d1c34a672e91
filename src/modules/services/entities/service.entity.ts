import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, jsonColumn, uuidColumn } from '@app/common';
import type { ServiceStatus } from '../service-status';
import type { ServiceType } from '../service-type';

export interface CompletionReport {
  odometer: { value: number; unit: 'mi' | 'km' } | null;
  notes: string | null;
}

// Indexes and checks are declared here as well as in the migration so that a generated
// migration never tries to drop them.
@Entity({ name: 'services' })
@Index('uq_services_order_type_vehicle', ['orderId', 'type', 'vehicleId'], { unique: true })
@Index('idx_services_vehicle_created_at_id', ['vehicleId', 'createdAt', 'id'])
@Index('idx_services_created_at_id', ['createdAt', 'id'])
@Index('idx_services_status_created_at_id', ['status', 'createdAt', 'id'])
@Index('idx_services_engineer_created_at_id', ['engineerId', 'createdAt', 'id'])
@Index('idx_services_type_created_at_id', ['type', 'createdAt', 'id'])
@Check('chk_services_status', "status IN ('pending', 'scheduled', 'in_progress', 'completed', 'cancelled')")
@Check('chk_services_estimated_minutes', 'estimated_minutes >= 0')
export class ServiceEntity extends BaseEntity {
  /** The order this work was sold with; no foreign key, the orders table belongs to another module. */
  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  /** The vehicle the work is on; null only for a task of an order whose vehicle could not be told. No foreign key. */
  @Column(uuidColumn({ name: 'vehicle_id', nullable: true }))
  vehicleId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  type!: ServiceType;

  @Column({ type: 'varchar', length: 16 })
  status!: ServiceStatus;

  /** Set while a booking holds an engineer for this service. */
  @Column(uuidColumn({ name: 'engineer_id', nullable: true }))
  engineerId!: string | null;

  @Column({ name: 'estimated_minutes', type: 'integer' })
  estimatedMinutes!: number;

  @Column({ name: 'installation_postcode', type: 'varchar', length: 16 })
  installationPostcode!: string;

  @Column(jsonColumn({ name: 'required_skills' }))
  requiredSkills!: string[];

  /** What the engineer reported on completing it; null until then, or when nothing was reported. */
  @Column(jsonColumn({ name: 'completion_report', nullable: true }))
  completionReport!: CompletionReport | null;
}
