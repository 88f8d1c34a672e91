import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, uuidColumn } from '@app/common';

// Indexes are declared here as well as in the migration so that a generated migration
// never tries to drop them. The trigram indexes `q` searches through on PostgreSQL are
// expression indexes TypeORM cannot declare (migration IndexSearch1764067700000).
@Entity({ name: 'customers' })
@Index('idx_customers_created_at_id', ['createdAt', 'id'])
@Index('idx_customers_email', ['email'])
@Index('idx_customers_postcode', ['addressPostcode'])
@Index('idx_customers_api_key_email', ['createdByApiKeyId', 'email'])
export class CustomerEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-case. Not unique: a household or a fleet may share one address. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 32 })
  phone!: string;

  /** The phone number's digits (`447700900123`), kept with `phone` for search. */
  @Column({ name: 'phone_digits', type: 'varchar', length: 32 })
  phoneDigits!: string;

  @Column({ name: 'address_line1', type: 'varchar', length: 200 })
  addressLine1!: string;

  @Column({ name: 'address_line2', type: 'varchar', length: 200, nullable: true })
  addressLine2!: string | null;

  @Column({ name: 'address_city', type: 'varchar', length: 100 })
  addressCity!: string;

  /** Normalised, e.g. `SW1A 1AA`. */
  @Column({ name: 'address_postcode', type: 'varchar', length: 8 })
  addressPostcode!: string;

  /** Where the address is: WGS84 degrees; both null when not known. */
  @Column({ name: 'address_lat', type: 'double precision', nullable: true })
  addressLat!: number | null;

  @Column({ name: 'address_lng', type: 'double precision', nullable: true })
  addressLng!: number | null;

  /** Set once an order refers to the customer: such a customer can no longer be deleted. */
  @Column({ name: 'has_orders', type: 'boolean', default: false })
  hasOrders!: boolean;

  /** The web shop's API key that created the customer with an order; null when staff created it. */
  @Column(uuidColumn({ name: 'created_by_api_key_id', nullable: true }))
  createdByApiKeyId!: string | null;
}
