import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import { VehicleEntity } from './vehicle.entity';

/**
 * The installation record: one unit of a product fitted in a vehicle, by whom, when and for
 * which service. `removedAt` is set when the unit comes out (a swap); while it is null an
 * identifier is in exactly one vehicle, which partial unique indexes enforce in the database.
 */
@Entity({ name: 'fitted_devices' })
@Index('idx_fitted_devices_vehicle', ['vehicleId', 'fittedAt'])
@Index('idx_fitted_devices_service', ['serviceId'])
@Index('uq_fitted_devices_imei_fitted', ['imei'], { unique: true, where: 'removed_at IS NULL AND imei IS NOT NULL' })
@Index('uq_fitted_devices_iccid_fitted', ['iccid'], { unique: true, where: 'removed_at IS NULL AND iccid IS NOT NULL' })
@Index('uq_fitted_devices_serial_fitted', ['serial'], { unique: true, where: 'removed_at IS NULL AND serial IS NOT NULL' })
export class FittedDeviceEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'vehicle_id' }))
  vehicleId!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => VehicleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vehicle_id', foreignKeyConstraintName: 'fk_fitted_devices_vehicle' })
  vehicle?: VehicleEntity;

  /** No foreign key: products belong to the Products module. */
  @Column(uuidColumn({ name: 'product_id' }))
  productId!: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  imei!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  iccid!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  serial!: string | null;

  /** Where in the vehicle, e.g. `dashboard`. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  position!: string | null;

  /** The installation task it was fitted for (Services); no foreign key. */
  @Column(uuidColumn({ name: 'service_id', nullable: true }))
  serviceId!: string | null;

  /** The engineer who fitted it, when an engineer was booked. */
  @Column(uuidColumn({ name: 'engineer_id', nullable: true }))
  engineerId!: string | null;

  /** Who recorded it: `user:<id>`, `api-key:<id>` or `system`. */
  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column(instantColumn({ name: 'fitted_at' }))
  fittedAt!: Date;

  @Column(instantColumn({ name: 'removed_at', nullable: true }))
  removedAt!: Date | null;
}
