import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, uuidColumn } from '@app/common';
import type { OrderEntity } from './order.entity';

/** One order line; product details are snapshotted so later price or name changes never rewrite history. */
@Entity({ name: 'order_items' })
export class OrderItemEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  @ManyToOne('OrderEntity', 'items', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order!: OrderEntity;

  @Column(uuidColumn({ name: 'product_id' }))
  productId!: string;

  @Column({ type: 'varchar', length: 40 })
  sku!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  category!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price_minor', type: 'integer' })
  unitPriceMinor!: number;

  @Column({ name: 'line_total_minor', type: 'integer' })
  lineTotalMinor!: number;

  @Column({ name: 'requires_installation', type: 'boolean' })
  requiresInstallation!: boolean;

  @Column({ name: 'install_minutes', type: 'integer' })
  installMinutes!: number;

  /** The order vehicle the line is fitted to (`order_vehicles`). */
  @Column(uuidColumn({ name: 'order_vehicle_id', nullable: true }))
  orderVehicleId!: string | null;

  /** Keeps the client's line order (created_at ties inside one insert); counts across the order's vehicles. */
  @Column({ type: 'integer' })
  position!: number;
}
