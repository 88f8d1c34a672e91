import { Check, Column, Entity, Index, OneToMany } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import type { OrderPriority } from '../order-priority';
import { OrderItemEntity } from './order-item.entity';

export const ORDER_STATUSES = ['placed', 'fulfilled', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

@Entity({ name: 'orders' })
@Index('idx_orders_created', ['createdAt', 'id'])
@Index('idx_orders_api_key_created', ['placedByApiKeyId', 'createdAt', 'id'])
@Index('idx_orders_address_postcode', ['addressPostcode'])
@Index('idx_orders_awaiting_booking_due', ['dueBy', 'createdAt', 'id'], { where: 'awaiting_booking = TRUE' })
@Check('chk_orders_priority', "priority IN ('standard', 'urgent')")
export class OrderEntity extends BaseEntity {
  /** Human-readable reference quoted on the phone, e.g. VT-000123. */
  @Column({ type: 'varchar', length: 20, unique: true })
  number!: string;

  @Column({ name: 'sequence_no', type: 'integer', unique: true })
  sequenceNo!: number;

  @Column(uuidColumn({ name: 'customer_id' }))
  customerId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: OrderStatus;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'total_minor', type: 'integer' })
  totalMinor!: number;

  // The first vehicle of the order, as v1 shows it; every vehicle is in order_vehicles.
  @Column({ name: 'vehicle_registration', type: 'varchar', length: 10 })
  vehicleRegistration!: string;

  @Column({ name: 'vehicle_make', type: 'varchar', length: 60 })
  vehicleMake!: string;

  @Column({ name: 'vehicle_model', type: 'varchar', length: 60 })
  vehicleModel!: string;

  @Column({ name: 'vehicle_year', type: 'integer', nullable: true })
  vehicleYear!: number | null;

  /** How many vehicles the order is for (`order_vehicles`). */
  @Column({ name: 'vehicle_count', type: 'integer', default: 1 })
  vehicleCount!: number;

  @Column({ name: 'address_line1', type: 'varchar', length: 200 })
  addressLine1!: string;

  @Column({ name: 'address_line2', type: 'varchar', length: 200, nullable: true })
  addressLine2!: string | null;

  @Column({ name: 'address_city', type: 'varchar', length: 100 })
  addressCity!: string;

  @Column({ name: 'address_postcode', type: 'varchar', length: 8 })
  addressPostcode!: string;

  /** Where the installation address is: WGS84 degrees; both null when not known. */
  @Column({ name: 'address_lat', type: 'double precision', nullable: true })
  addressLat!: number | null;

  @Column({ name: 'address_lng', type: 'double precision', nullable: true })
  addressLng!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 500, nullable: true })
  cancellationReason!: string | null;

  @Column(instantColumn({ name: 'cancelled_at', nullable: true }))
  cancelledAt!: Date | null;

  @Column(instantColumn({ name: 'fulfilled_at', nullable: true }))
  fulfilledAt!: Date | null;

  /** The web shop's API key that placed the order; null when staff placed it. */
  @Column(uuidColumn({ name: 'placed_by_api_key_id', nullable: true }))
  placedByApiKeyId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'standard' })
  priority!: OrderPriority;

  /**
   * The local date (business time zone) by which the order's work should be booked: placement
   * plus the settings' working days for its priority, unless a dispatcher set it. Every row has
   * one (the migration dated the orders placed before it).
   */
  @Column({ name: 'due_by', type: 'date', nullable: true })
  dueBy!: string;

  /**
   * Some task of the order is pending (new, or back after a failed visit): the dispatcher's
   * queue. Kept by Services in the transaction that moves a task to or from pending.
   */
  @Column({ name: 'awaiting_booking', type: 'boolean', default: false })
  awaitingBooking!: boolean;

  @OneToMany(() => OrderItemEntity, (item) => item.order, { cascade: ['insert'] })
  items!: OrderItemEntity[];
}
