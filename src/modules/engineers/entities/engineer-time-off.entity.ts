import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import { EngineerEntity } from './engineer.entity';

@Entity({ name: 'engineer_time_off' })
@Index('idx_engineer_time_off_engineer_start', ['engineerId', 'startAt'])
@Check('chk_engineer_time_off_period', 'end_at > start_at')
export class EngineerTimeOffEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'engineer_id' }))
  engineerId!: string;

  @ManyToOne(() => EngineerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engineer_id', foreignKeyConstraintName: 'fk_engineer_time_off_engineer' })
  engineer?: EngineerEntity;

  @Column(instantColumn({ name: 'start_at' }))
  startAt!: Date;

  @Column(instantColumn({ name: 'end_at' }))
  endAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;
}
