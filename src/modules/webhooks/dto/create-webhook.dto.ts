import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trimmed, TrimmedOrNull } from '@app/common';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-events';

// No property initialisers: UpdateWebhookDto is a PartialType of this class, where an absent field means "unchanged".
export class CreateWebhookDto {
  /**
   * Where the messages are POSTed. Outside development it must be https, and its host must not
   * resolve to a private, loopback or link-local address (checked again before every send).
   */
  @ApiProperty({ example: 'https://shop.example.com/hooks/vision', maxLength: 2048 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  url!: string;

  /** The events to receive, one or more. */
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true, example: ['order.placed', 'booking.scheduled'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `each value in events must be one of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events!: WebhookEventType[];

  /** What the endpoint is for; blank or null means none. */
  @ApiPropertyOptional({ example: 'Order status updates for the web shop', maxLength: 500, nullable: true, type: String })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}
