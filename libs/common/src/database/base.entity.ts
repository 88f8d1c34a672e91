import { randomUUID } from 'node:crypto';
import { BeforeInsert, BeforeUpdate, Column, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from './column-types';

/**
 * UUID key and timestamps, all set in the application: SQLite has no UUID generator and
 * its `datetime('now')` default keeps only seconds, which would break keyset ordering.
 */
export abstract class BaseEntity {
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;

  @Column(instantColumn({ name: 'updated_at' }))
  updatedAt!: Date;

  @BeforeInsert()
  protected assignIdentityAndTimestamps(): void {
    this.id ??= randomUUID();
    this.createdAt ??= new Date();
    this.updatedAt ??= this.createdAt;
  }

  @BeforeUpdate()
  protected touch(): void {
    this.updatedAt = new Date();
  }
}
