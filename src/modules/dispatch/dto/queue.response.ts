import { ApiProperty } from '@nestjs/swagger';
import type { OrderPriority } from '../../orders/order.model';
import { QUEUE_PRIORITIES } from './queue-query.dto';

/** An order with work waiting for a booking: new tasks, or tasks pending again after a failed visit. */
export class QueueEntryResponse {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ example: 'VT-000123' })
  orderNumber!: string;

  @ApiProperty({ example: 'Jane Driver' })
  customerName!: string;

  @ApiProperty({ example: 'LS12 3AB' })
  postcode!: string;

  @ApiProperty({ type: [String], example: ['dashcam'], description: 'Skills the waiting tasks need, sorted' })
  requiredSkills!: string[];

  @ApiProperty({ type: 'integer', example: 90, description: 'Estimated minutes of the waiting tasks' })
  totalMinutes!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Tasks waiting for a booking' })
  taskCount!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Of those, how many are waiting again after a failed visit' })
  failedVisitCount!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Vehicles the order is for' })
  vehicleCount!: number;

  @ApiProperty({ description: 'When the order was placed' })
  placedAt!: Date;

  @ApiProperty({ type: 'integer', example: 26, description: 'Whole hours since the order was placed' })
  ageHours!: number;

  @ApiProperty({ enum: QUEUE_PRIORITIES, enumName: 'OrderPriority' })
  priority!: OrderPriority;

  @ApiProperty({ format: 'date', example: '2026-04-06', description: 'Local date by which the work should be booked' })
  dueBy!: string;

  @ApiProperty({ description: 'True once `dueBy` is before today (business time zone)' })
  overdue!: boolean;
}
