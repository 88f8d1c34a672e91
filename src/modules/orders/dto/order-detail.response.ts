import { ApiProperty } from '@nestjs/swagger';
import { ActorResponse } from '@app/common';
import { OrderResponse } from './order.response';

export class OrderCustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Jane Driver' }) name!: string;
  @ApiProperty({ example: 'jane@example.com' }) email!: string;
  @ApiProperty({ example: '+44 7700 900123' }) phone!: string;
}

export class OrderServiceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'installation' }) type!: string;
  @ApiProperty({ example: 'pending' }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) engineerId!: string | null;
  @ApiProperty({ example: 90 }) estimatedMinutes!: number;
}

export class OrderBookingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) engineerId!: string;
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z' }) start!: Date;
  @ApiProperty({ example: '2026-12-01T10:30:00.000Z' }) end!: Date;
  @ApiProperty({ example: 'scheduled', enum: ['scheduled', 'completed', 'cancelled', 'no_show'] }) status!: string;
}

export class OrderStatusChangeResponse {
  @ApiProperty({ type: String, nullable: true, enum: ['placed', 'fulfilled', 'cancelled'], description: 'Null for the placement' })
  fromStatus!: string | null;
  @ApiProperty({ enum: ['placed', 'fulfilled', 'cancelled'] }) toStatus!: string;
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z' }) at!: Date;
  @ApiProperty({ example: 'every installation task was cancelled: customer sold the van', description: 'Why the order moved' })
  reason!: string;
  @ApiProperty({ example: 'user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c', description: '`user:<id>`, `api-key:<id>` or `system`' })
  actor!: string;
  @ApiProperty({ type: ActorResponse, description: 'The actor with its type, id and name (v2 answers this as `actor`)' })
  actorDetails!: ActorResponse;
}

/** One order with what a dispatcher needs on one screen: customer and installation work. */
export class OrderDetailResponse extends OrderResponse {
  @ApiProperty({ type: OrderCustomerResponse }) customer!: OrderCustomerResponse;
  @ApiProperty({ type: [OrderServiceResponse] }) services!: OrderServiceResponse[];
  @ApiProperty({ type: OrderBookingResponse, nullable: true, description: 'The active booking, else the latest one, else null' })
  booking!: OrderBookingResponse | null;
  @ApiProperty({ type: [OrderStatusChangeResponse], description: 'Every status change, oldest first, with its reason' })
  history!: OrderStatusChangeResponse[];
}
