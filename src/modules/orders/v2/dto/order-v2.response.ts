import { ApiProperty, OmitType } from '@nestjs/swagger';
import { OrderBookingResponse, OrderCustomerResponse, OrderStatusChangeResponse } from '../../dto/order-detail.response';
import { OrderItemResponse, OrderResponse, mapItem, mapOrder } from '../../dto/order.response';
import type { OrderBookingView, OrderServiceView } from '../../order-participants';
import type { OrderRecord, OrderVehicleRecord } from '../../orders.repository';

/** The installation task of one vehicle of the order. */
export class OrderVehicleTaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'installation' }) type!: string;
  @ApiProperty({ example: 'pending', enum: ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) engineerId!: string | null;
  @ApiProperty({ type: 'integer', example: 90 }) estimatedMinutes!: number;
}

export class OrderVehicleResponse {
  @ApiProperty({ format: 'uuid', description: 'The customer’s vehicle (GET /api/v1/vehicles/{id})' }) vehicleId!: string;
  @ApiProperty({ example: 'AB12 CDE', description: 'As it was when ordered' }) registration!: string;
  @ApiProperty({ example: 'Ford' }) make!: string;
  @ApiProperty({ example: 'Transit Custom' }) model!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 2021 }) year!: number | null;
  @ApiProperty({ type: [OrderItemResponse] }) items!: OrderItemResponse[];
  @ApiProperty({
    type: OrderVehicleTaskResponse,
    nullable: true,
    description: 'Its installation task; null until the order has been turned into work, and for a vehicle with nothing to fit',
  })
  task!: OrderVehicleTaskResponse | null;
}

/** An order as v2 shows it: each vehicle with its own lines and task. */
export class OrderV2Response extends OmitType(OrderResponse, ['items', 'vehicle', 'vehicleCount'] as const) {
  @ApiProperty({ type: [OrderVehicleResponse] }) vehicles!: OrderVehicleResponse[];
}

export class OrderV2DetailResponse extends OrderV2Response {
  @ApiProperty({ type: OrderCustomerResponse }) customer!: OrderCustomerResponse;
  @ApiProperty({ type: OrderBookingResponse, nullable: true, description: 'The active booking, else the latest one, else null' })
  booking!: OrderBookingResponse | null;
  @ApiProperty({ type: [OrderStatusChangeResponse], description: 'Every status change, oldest first, with its reason' })
  history!: OrderStatusChangeResponse[];
}

function mapTask(task: OrderServiceView): OrderVehicleTaskResponse {
  return { id: task.id, type: task.type, status: task.status, engineerId: task.engineerId, estimatedMinutes: task.estimatedMinutes };
}

/**
 * Each vehicle with its lines and its task. A task recorded without a vehicle (an order placed
 * before orders had several vehicles) belongs to the order's only vehicle.
 */
export function mapOrderV2(order: OrderRecord, vehicles: readonly OrderVehicleRecord[], tasks: readonly OrderServiceView[]): OrderV2Response {
  const { items: _items, vehicle: _vehicle, vehicleCount: _count, ...common } = mapOrder(order);
  const installations = tasks.filter((task) => task.type === 'installation');
  return {
    ...common,
    vehicles: vehicles.map((vehicle, index) => {
      const task = installations.find((candidate) => candidate.vehicleId === vehicle.vehicleId) ??
        (index === 0 ? installations.find((candidate) => candidate.vehicleId === null) : undefined);
      return {
        vehicleId: vehicle.vehicleId,
        registration: vehicle.registration,
        make: vehicle.make,
        model: vehicle.model,
        year: vehicle.year,
        items: order.items.filter((item) => item.orderVehicleId === vehicle.id || (item.orderVehicleId === null && index === 0)).map(mapItem),
        task: task ? mapTask(task) : null,
      };
    }),
  };
}

export interface OrderV2DetailParts {
  customer: OrderCustomerResponse;
  booking: OrderBookingView | null;
  history: OrderStatusChangeResponse[];
}

export function mapOrderV2Detail(
  order: OrderRecord,
  vehicles: readonly OrderVehicleRecord[],
  tasks: readonly OrderServiceView[],
  { customer, booking, history }: OrderV2DetailParts,
): OrderV2DetailResponse {
  return { ...mapOrderV2(order, vehicles, tasks), customer, booking, history };
}
