import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';
import { NAME_SUFFIX_LENGTH } from '../customer-name-suffixes';
import { CustomerEntity } from './customer.entity';

/**
 * One row per distinct suffix of a customer's lower-cased name (customer-name-suffixes.ts), with
 * the customer's creation instant, so a name search reads one index range and orders its
 * customers newest first without visiting the customers table. On PostgreSQL `suffix` compares
 * bytewise (COLLATE "C", migration IndexCustomerNameSuffixes1764068500000), as SQLite's does, so
 * the suffixes starting with a text are the range `suffixRange` gives.
 */
@Entity({ name: 'customer_name_suffixes' })
@Index('idx_customer_name_suffixes_suffix', ['suffix', 'customerCreatedAt', 'customerId'])
export class CustomerNameSuffixEntity {
  @PrimaryColumn(uuidColumn({ name: 'customer_id' }) as PrimaryColumnOptions)
  customerId!: string;

  @PrimaryColumn({ type: 'varchar', length: NAME_SUFFIX_LENGTH })
  suffix!: string;

  @Column(instantColumn({ name: 'customer_created_at' }))
  customerCreatedAt!: Date;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_name_suffixes_customer' })
  customer?: CustomerEntity;
}
