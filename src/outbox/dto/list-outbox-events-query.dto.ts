import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/common';
import { OUTBOX_EVENT_STATUSES, OutboxEventStatus } from '../entities/outbox-event.entity';

export class ListOutboxEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_EVENT_STATUSES, description: '`failed`: events with a delivery parked after its last attempt' })
  @IsOptional()
  @IsIn(OUTBOX_EVENT_STATUSES)
  status?: OutboxEventStatus;
}
