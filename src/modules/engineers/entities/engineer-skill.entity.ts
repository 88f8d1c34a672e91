import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { uuidColumn } from '@app/common';
import { EngineerEntity } from './engineer.entity';

/** One row per skill, so "who can fit a dashcam" is an indexed lookup on both databases. */
@Entity({ name: 'engineer_skills' })
@Index('idx_engineer_skills_skill', ['skill', 'engineerId'])
export class EngineerSkillEntity {
  @PrimaryColumn(uuidColumn({ name: 'engineer_id' }) as PrimaryColumnOptions)
  engineerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  skill!: string;

  @ManyToOne(() => EngineerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engineer_id', foreignKeyConstraintName: 'fk_engineer_skills_engineer' })
  engineer?: EngineerEntity;
}
