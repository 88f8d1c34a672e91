import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_STATUSES, OrderStatus } from '../entities/order.entity';
import { AddressDto, geoPointOf } from '@app/common';
import type { OrderItemRecord, OrderRecord } from '../orders.repository';
import { ORDER_PRIORITIES, OrderPriority } from '../order-priority';

export class OrderItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ example: 'DC-200' }) sku!: string;
  @ApiProperty({ example: 'Dual-lens dashcam' }) name!: string;
  @ApiProperty({ example: 'dashcam' }) category!: string;
  @ApiProperty({ example: 1 }) quantity!: number;
  @ApiProperty({ example: 14999, description: 'Price of one unit when ordered, in minor units' }) unitPriceMinor!: number;
  @ApiProperty({ example: 14999 }) lineTotalMinor!: number;
  @ApiProperty() requiresInstallation!: boolean;
  @ApiProperty({ example: 45 }) installMinutes!: number;
}

export class VehicleResponse {
  @ApiProperty({ example: 'AB12 CDE' }) registration!: string;
  @ApiProperty({ example: 'Ford' }) make!: string;
  @ApiProperty({ example: 'Transit Custom' }) model!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2021 }) year!: number | null;
}

export class OrderResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'VT-000123' }) number!: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status!: OrderStatus;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'GBP' }) currency!: string;
  @ApiProperty({ example: 29998, description: 'Sum of the lines, in minor units' }) totalMinor!: number;
  @ApiProperty({ type: [OrderItemResponse] }) items!: OrderItemResponse[];
  @ApiProperty({ type: VehicleResponse, description: 'The first vehicle of the order' }) vehicle!: VehicleResponse;
  @ApiProperty({ type: 'integer', example: 1, minimum: 1, description: 'How many vehicles the order is for; v2 (`GET /api/v2/orders/{id}`) shows each' })
  vehicleCount!: number;
  @ApiProperty({ type: AddressDto }) installationAddress!: AddressDto;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ enum: ORDER_PRIORITIES, enumName: 'OrderPriority', example: 'standard' }) priority!: OrderPriority;
  @ApiProperty({
    format: 'date',
    example: '2026-04-06',
    description: 'Local date (business time zone) by which the work should be booked: from the priority and settings, or as a dispatcher set it',
  })
  dueBy!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) fulfilledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function mapItem(item: OrderItemRecord): OrderItemResponse {
  return {
    id: item.id,
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    category: item.category,
    quantity: item.quantity,
    unitPriceMinor: item.unitPriceMinor,
    lineTotalMinor: item.lineTotalMinor,
    requiresInstallation: item.requiresInstallation,
    installMinutes: item.installMinutes,
  };
}

function locationOf(order: Pick<OrderRecord, 'addressLat' | 'addressLng'>): Pick<AddressDto, 'location'> {
  const location = geoPointOf(order.addressLat, order.addressLng);
  return location ? { location } : {};
}

/** Takes an entity or a plain record of the read paths alike. */
export function mapOrder(order: OrderRecord): OrderResponse {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    customerId: order.customerId,
    currency: order.currency,
    totalMinor: order.totalMinor,
    items: order.items.map(mapItem),
    vehicle: {
      registration: order.vehicleRegistration,
      make: order.vehicleMake,
      model: order.vehicleModel,
      year: order.vehicleYear,
    },
    vehicleCount: order.vehicleCount,
    installationAddress: {
      line1: order.addressLine1,
      ...(order.addressLine2 ? { line2: order.addressLine2 } : {}),
      city: order.addressCity,
      postcode: order.addressPostcode,
      ...locationOf(order),
    },
    notes: order.notes,
    priority: order.priority,
    dueBy: order.dueBy,
    cancellationReason: order.cancellationReason,
    cancelledAt: order.cancelledAt,
    fulfilledAt: order.fulfilledAt,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}
