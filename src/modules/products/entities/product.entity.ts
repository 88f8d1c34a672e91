import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, DeviceIdentifier, jsonColumn } from '@app/common';

// Indexes and checks are declared here as well as in the migration so that a generated
// migration never tries to drop them.
@Entity({ name: 'products' })
@Index('uq_products_sku', ['sku'], { unique: true })
@Index('idx_products_created_at_id', ['createdAt', 'id'])
@Index('idx_products_category', ['category'])
@Index('idx_products_active', ['active'])
@Check('chk_products_price_minor', 'price_minor >= 0')
@Check('chk_products_install_minutes', 'install_minutes >= 0')
export class ProductEntity extends BaseEntity {
  /** Always upper-case, so the unique index also makes SKUs unique regardless of case. */
  @Column({ type: 'varchar', length: 32 })
  sku!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ name: 'price_minor', type: 'integer' })
  priceMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'requires_installation', type: 'boolean' })
  requiresInstallation!: boolean;

  @Column({ name: 'install_minutes', type: 'integer' })
  installMinutes!: number;

  /** What identifies a fitted unit (recorded when the installation is completed); empty for most products. */
  @Column(jsonColumn({ default: () => "'[]'" }))
  identifiers!: DeviceIdentifier[];

  /** Deactivated products stay for the orders that reference them but cannot be sold. */
  @Column({ type: 'boolean' })
  active!: boolean;
}
