import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { uuidColumn } from '@app/common';
import { EngineerEntity } from './engineer.entity';

/** One row per postcode area or district covered, so the area filter is an indexed lookup. */
@Entity({ name: 'engineer_areas' })
@Index('idx_engineer_areas_area', ['area', 'engineerId'])
export class EngineerAreaEntity {
  @PrimaryColumn(uuidColumn({ name: 'engineer_id' }) as PrimaryColumnOptions)
  engineerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  area!: string;

  @ManyToOne(() => EngineerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engineer_id', foreignKeyConstraintName: 'fk_engineer_areas_engineer' })
  engineer?: EngineerEntity;
}
