import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, uuidColumn } from '@app/common';

// Indexes are declared here as well as in the migration so that a generated migration never tries to drop them.
@Entity({ name: 'vehicles' })
@Index('uq_vehicles_customer_registration', ['customerId', 'registration'], { unique: true })
@Index('idx_vehicles_customer_created_at_id', ['customerId', 'createdAt', 'id'])
export class VehicleEntity extends BaseEntity {
  /** No foreign key: the customers table belongs to the Customers module. */
  @Column(uuidColumn({ name: 'customer_id' }))
  customerId!: string;

  /** In the DVLA's spelling, e.g. `AB12 CDE`; unique per customer. */
  @Column({ type: 'varchar', length: 10 })
  registration!: string;

  /** 17 characters, upper-case, no I, O or Q. */
  @Column({ type: 'varchar', length: 17, nullable: true })
  vin!: string | null;

  @Column({ type: 'varchar', length: 60 })
  make!: string;

  @Column({ type: 'varchar', length: 60 })
  model!: string;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  /** The customer's own label for the vehicle, e.g. `VAN-07`. */
  @Column({ name: 'fleet_number', type: 'varchar', length: 40, nullable: true })
  fleetNumber!: string | null;
}
