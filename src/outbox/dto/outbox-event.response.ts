import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, DeliveryStatus } from '../entities/outbox-delivery.entity';
import { OUTBOX_EVENT_STATUSES, OutboxEventStatus } from '../entities/outbox-event.entity';

export class OutboxDeliveryResponse {
  @ApiProperty({ example: 'CreateInstallationTaskListener.handle', description: 'The listener, as `Class.method`' })
  listener!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'OutboxDeliveryStatus' })
  status!: DeliveryStatus;
  @ApiProperty({ description: 'Counted when claimed' })
  attempts!: number;
  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
  @ApiProperty()
  nextAttemptAt!: Date;
  @ApiProperty({ type: Date, nullable: true })
  deliveredAt!: Date | null;
}

export class OutboxEventResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'order.placed' })
  eventName!: string;
  @ApiProperty({ example: 'order' })
  aggregateType!: string;
  @ApiProperty({ example: '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c' })
  aggregateId!: string;
  @ApiProperty({ description: 'Its place among the aggregate’s events; each listener gets them in this order' })
  sequence!: number;
  @ApiProperty({ enum: OUTBOX_EVENT_STATUSES, enumName: 'OutboxEventStatus', description: '`failed` while a delivery is parked' })
  status!: OutboxEventStatus;
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;
  @ApiProperty()
  createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true })
  deliveredAt!: Date | null;
  @ApiProperty({ type: [OutboxDeliveryResponse] })
  deliveries!: OutboxDeliveryResponse[];
}
