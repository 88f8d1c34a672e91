import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, uuidColumn } from '@app/common';
import type { OrderEntity } from './order.entity';

/**
 * One vehicle of an order, in the order the client listed them, with what it was when
 * ordered: the vehicle itself (Vehicles module) may be renamed or deleted later.
 */
@Entity({ name: 'order_vehicles' })
@Index('uq_order_vehicles_order_position', ['orderId', 'position'], { unique: true })
@Index('idx_order_vehicles_vehicle', ['vehicleId'])
@Index('idx_order_vehicles_registration', ['registration'])
export class OrderVehicleEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  @ManyToOne('OrderEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_vehicles_order' })
  order?: OrderEntity;

  /** The customer's vehicle; no foreign key, the vehicles table belongs to the Vehicles module. */
  @Column(uuidColumn({ name: 'vehicle_id' }))
  vehicleId!: string;

  /** 0 for the first vehicle listed. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 10 })
  registration!: string;

  @Column({ type: 'varchar', length: 60 })
  make!: string;

  @Column({ type: 'varchar', length: 60 })
  model!: string;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;
}
