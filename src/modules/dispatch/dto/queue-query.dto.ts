import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/common';
import type { OrderPriority } from '../../orders/order.model';
import { AreaFilter, SkillFilter } from './dispatch-filters';

// Orders' own list is not part of its public surface; this record fails to compile when a priority is added there.
const PRIORITIES = { standard: true, urgent: true } as const satisfies Record<OrderPriority, true>;
export const QUEUE_PRIORITIES = Object.keys(PRIORITIES) as OrderPriority[];

export class QueueQueryDto extends PageQueryDto {
  @AreaFilter('Only orders installed in this postcode area (`LS`) or district (`LS12`)')
  area?: string;

  @SkillFilter('Only orders whose waiting work needs this skill')
  skill?: string;

  @ApiPropertyOptional({ enum: QUEUE_PRIORITIES, enumName: 'OrderPriority' })
  @IsOptional()
  @IsIn(QUEUE_PRIORITIES)
  priority?: OrderPriority;
}
