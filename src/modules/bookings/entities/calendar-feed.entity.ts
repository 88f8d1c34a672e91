import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';

/** An engineer's calendar subscription: the secret its URL carries. */
@Entity({ name: 'calendar_feeds' })
@Index('uq_calendar_feeds_token', ['token'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn(uuidColumn({ name: 'engineer_id' }) as PrimaryColumnOptions)
  engineerId!: string;

  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
