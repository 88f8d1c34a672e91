import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/common';
import { WEBHOOK_MESSAGE_STATUSES, WebhookMessageStatus } from '../entities/webhook-message.entity';

export class ListWebhookDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WEBHOOK_MESSAGE_STATUSES, enumName: 'WebhookDeliveryStatus' })
  @IsOptional()
  @IsIn(WEBHOOK_MESSAGE_STATUSES)
  status?: WebhookMessageStatus;
}
