import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, uuidColumn } from '@app/common';
import { OrderEntity, type OrderStatus } from './order.entity';

/** One status change of an order and why it happened. Rows are only ever appended. */
@Entity({ name: 'order_status_history' })
@Index('idx_order_status_history_order', ['orderId', 'id'])
@Check('chk_order_status_history_from_status', "from_status IN ('placed', 'fulfilled', 'cancelled')")
@Check('chk_order_status_history_to_status', "to_status IN ('placed', 'fulfilled', 'cancelled')")
export class OrderStatusHistoryEntity {
  /** A serial: it keeps changes of the same millisecond in the order they were made. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_status_history_order' })
  order?: OrderEntity;

  /** Null for the row written when the order was placed. */
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: OrderStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: OrderStatus;

  @Column(instantColumn())
  at!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;
}
