import { BookingRow, DetailRow, ItemRow, OrderRow, ServiceRow, StatusChangeRow } from './order-queries';

/** The app's OrderResponse, field for field (src/modules/orders/dto/order.response.ts). */
export function orderJson(order: OrderRow, items: ItemRow[]) {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    customerId: order.customer_id,
    currency: order.currency,
    totalMinor: order.total_minor,
    items: items.map((item) => ({
      id: item.id,
      productId: item.product_id,
      sku: item.sku,
      name: item.name,
      category: item.category,
      quantity: item.quantity,
      unitPriceMinor: item.unit_price_minor,
      lineTotalMinor: item.line_total_minor,
      requiresInstallation: item.requires_installation,
      installMinutes: item.install_minutes,
    })),
    vehicle: { registration: order.vehicle_registration, make: order.vehicle_make, model: order.vehicle_model, year: order.vehicle_year },
    vehicleCount: order.vehicle_count,
    installationAddress: {
      line1: order.address_line1,
      ...(order.address_line2 ? { line2: order.address_line2 } : {}),
      city: order.address_city,
      postcode: order.address_postcode,
      ...(order.address_lat !== null && order.address_lng !== null ? { location: { lat: order.address_lat, lng: order.address_lng } } : {}),
    },
    notes: order.notes,
    priority: order.priority,
    dueBy: order.due_by,
    cancellationReason: order.cancellation_reason,
    cancelledAt: order.cancelled_at,
    fulfilledAt: order.fulfilled_at,
    createdAt: order.created_at,
    updatedAt: order.updated_at,
  };
}

/** The app's OrderDetailResponse: the order plus its customer's contact, its services, its booking and its history. */
export function orderDetailJson(order: DetailRow, items: ItemRow[], services: ServiceRow[], booking: BookingRow | undefined, history: StatusChangeRow[]) {
  return {
    ...orderJson(order, items),
    customer: { id: order.customer_id, name: order.customer_name, email: order.customer_email, phone: order.customer_phone },
    services: services.map((service) => ({
      id: service.id,
      type: service.type,
      status: service.status,
      engineerId: service.engineer_id,
      estimatedMinutes: service.estimated_minutes,
    })),
    booking: booking ? { id: booking.id, engineerId: booking.engineer_id, start: booking.start_at, end: booking.end_at, status: booking.status } : null,
    history: history.map((change) => ({
      fromStatus: change.from_status,
      toStatus: change.to_status,
      at: change.at,
      reason: change.reason,
      actor: change.actor,
      actorDetails: { type: change.actor_type, id: change.actor_id, name: change.actor_name },
    })),
  };
}

/** The app's keyset cursor (libs/common/src/pagination/cursor.ts): base64url of `[createdAt, id]`. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    return Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id) ? null : { createdAt: date, id };
  } catch {
    return null;
  }
}
