import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ActorResponse } from '@app/common';
import { OrderBookingResponse, OrderCustomerResponse, OrderStatusChangeResponse } from '../../dto/order-detail.response';
import { OrderItemResponse, OrderResponse, mapItem, mapOrder } from '../../dto/order.response';
import type { OrderBookingView, OrderDeviceView, OrderServiceView } from '../../order-participants';
import type { OrderRecord, OrderVehicleRecord } from '../../orders.repository';

/** The installation task of one vehicle of the order. */
export class OrderVehicleTaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'installation' }) type!: string;
  @ApiProperty({ example: 'pending', enum: ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) engineerId!: string | null;
  @ApiProperty({ type: 'integer', example: 90 }) estimatedMinutes!: number;
}

/** A unit fitted in the vehicle for this order (GET /api/v1/devices finds it again). */
export class OrderVehicleDeviceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ type: String, nullable: true, example: '490154203237518' }) imei!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '8944500102198304826' }) iccid!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SN-000123' }) serial!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The engineer who fitted it' }) engineerId!: string | null;
  @ApiProperty({ description: 'Who recorded it' }) actor!: string;
  @ApiProperty() fittedAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) removedAt!: Date | null;
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
  @ApiProperty({ type: [OrderVehicleDeviceResponse], description: 'What was fitted in it for this order, from the installation record' })
  devices!: OrderVehicleDeviceResponse[];
}

/** An order as v2 shows it: each vehicle with its own lines and task. */
export class OrderV2Response extends OmitType(OrderResponse, ['items', 'vehicle', 'vehicleCount'] as const) {
  @ApiProperty({ type: [OrderVehicleResponse] }) vehicles!: OrderVehicleResponse[];
}

/** A status change as v2 shows it: the actor as an object with its name. */
export class OrderV2StatusChangeResponse extends OmitType(OrderStatusChangeResponse, ['actor', 'actorDetails'] as const) {
  @ApiProperty({ type: ActorResponse }) actor!: ActorResponse;
}

export class OrderV2DetailResponse extends OrderV2Response {
  @ApiProperty({ type: OrderCustomerResponse }) customer!: OrderCustomerResponse;
  @ApiProperty({ type: OrderBookingResponse, nullable: true, description: 'The active booking, else the latest one, else null' })
  booking!: OrderBookingResponse | null;
  @ApiProperty({ type: [OrderV2StatusChangeResponse], description: 'Every status change, oldest first, with its reason and who made it' })
  history!: OrderV2StatusChangeResponse[];
}

function mapDevice(device: OrderDeviceView): OrderVehicleDeviceResponse {
  return {
    id: device.id,
    productId: device.productId,
    imei: device.imei,
    iccid: device.iccid,
    serial: device.serial,
    position: device.position,
    engineerId: device.engineerId,
    actor: device.actor,
    fittedAt: device.fittedAt,
    removedAt: device.removedAt,
  };
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
        devices: (task?.devices ?? []).map(mapDevice),
      };
    }),
  };
}

export interface OrderV2DetailParts {
  customer: OrderCustomerResponse;
  booking: OrderBookingView | null;
  history: OrderV2StatusChangeResponse[];
}

export function mapOrderV2Detail(
  order: OrderRecord,
  vehicles: readonly OrderVehicleRecord[],
  tasks: readonly OrderServiceView[],
  { customer, booking, history }: OrderV2DetailParts,
): OrderV2DetailResponse {
  return { ...mapOrderV2(order, vehicles, tasks), customer, booking, history };
}
