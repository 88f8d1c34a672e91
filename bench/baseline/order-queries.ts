import { Pool } from 'pg';

/** The same columns the app's OrderEntity reads. */
const ORDER_COLUMNS = `o.id, o.number, o.status, o.customer_id, o.currency, o.total_minor, o.vehicle_registration, o.vehicle_make,
  o.vehicle_model, o.vehicle_year, o.vehicle_count, o.address_line1, o.address_line2, o.address_city, o.address_postcode, o.address_lat, o.address_lng, o.notes,
  o.priority, o.due_by::text AS due_by, o.cancellation_reason, o.cancelled_at, o.fulfilled_at, o.created_at, o.updated_at`;
const ITEM_COLUMNS = `order_id, id, product_id, sku, name, category, quantity, unit_price_minor, line_total_minor, requires_installation, install_minutes`;

export interface OrderRow {
  id: string;
  number: string;
  status: string;
  customer_id: string;
  currency: string;
  total_minor: number;
  vehicle_registration: string;
  vehicle_make: string;
  vehicle_model: string;
  vehicle_year: number | null;
  vehicle_count: number;
  address_line1: string;
  address_line2: string | null;
  address_city: string;
  address_postcode: string;
  address_lat: number | null;
  address_lng: number | null;
  notes: string | null;
  priority: string;
  /** `YYYY-MM-DD`, read as text: the app answers the date, not a midnight instant. */
  due_by: string;
  cancellation_reason: string | null;
  cancelled_at: Date | null;
  fulfilled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ItemRow {
  order_id: string;
  id: string;
  product_id: string;
  sku: string;
  name: string;
  category: string;
  quantity: number;
  unit_price_minor: number;
  line_total_minor: number;
  requires_installation: boolean;
  install_minutes: number;
}

export interface DetailRow extends OrderRow {
  customer_name: string;
  customer_email: string;
  customer_phone: string;
}

export interface ServiceRow {
  id: string;
  type: string;
  status: string;
  engineer_id: string | null;
  estimated_minutes: number;
}

export interface BookingRow {
  id: string;
  engineer_id: string;
  start_at: Date;
  end_at: Date;
  status: string;
}

export interface StatusChangeRow {
  from_status: string | null;
  to_status: string;
  at: Date;
  reason: string;
  actor: string;
  actor_type: 'user' | 'api_key' | 'system';
  actor_id: string | null;
  actor_name: string | null;
}

/**
 * Hand-written SQL for the two read paths, as named prepared statements: the cheapest way
 * `pg` can ask PostgreSQL the same questions the app asks. Keyset pages use a row-value
 * comparison, which PostgreSQL turns into an index range on (created_at, id).
 */
export class OrderQueries {
  constructor(private readonly pool: Pool) {}

  async page(limit: number, after?: { createdAt: Date; id: string }): Promise<OrderRow[]> {
    const result = after
      ? await this.pool.query<OrderRow>({
          name: 'orders-page-after',
          text: `SELECT ${ORDER_COLUMNS} FROM orders o WHERE (o.created_at, o.id) < ($1, $2) ORDER BY o.created_at DESC, o.id DESC LIMIT $3`,
          values: [after.createdAt, after.id, limit],
        })
      : await this.pool.query<OrderRow>({
          name: 'orders-page-first',
          text: `SELECT ${ORDER_COLUMNS} FROM orders o ORDER BY o.created_at DESC, o.id DESC LIMIT $1`,
          values: [limit],
        });
    return result.rows;
  }

  async itemsOf(orderIds: string[]): Promise<ItemRow[]> {
    const result = await this.pool.query<ItemRow>({
      name: 'order-items-of',
      text: `SELECT ${ITEM_COLUMNS} FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY position`,
      values: [orderIds],
    });
    return result.rows;
  }

  async detail(id: string): Promise<DetailRow | undefined> {
    const result = await this.pool.query<DetailRow>({
      name: 'order-detail',
      text: `SELECT ${ORDER_COLUMNS}, c.name AS customer_name, c.email AS customer_email, c.phone AS customer_phone
               FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1`,
      values: [id],
    });
    return result.rows[0];
  }

  async servicesOf(orderId: string): Promise<ServiceRow[]> {
    const result = await this.pool.query<ServiceRow>({
      name: 'order-services',
      text: `SELECT id, type, status, engineer_id, estimated_minutes FROM services WHERE order_id = $1 ORDER BY created_at, id`,
      values: [orderId],
    });
    return result.rows;
  }

  async historyOf(orderId: string): Promise<StatusChangeRow[]> {
    const result = await this.pool.query<StatusChangeRow>({
      name: 'order-history',
      // Who each actor is, as the app's ActorsService names them (libs/common/src/auth/actor.ts).
      text: `SELECT h.from_status, h.to_status, h.at, h.reason, h.actor,
                    CASE WHEN h.actor LIKE 'user:%' THEN 'user' WHEN h.actor LIKE 'api-key:%' THEN 'api_key' ELSE 'system' END AS actor_type,
                    CASE WHEN h.actor LIKE 'user:%' OR h.actor LIKE 'api-key:%' THEN substr(h.actor, strpos(h.actor, ':') + 1) END AS actor_id,
                    CASE WHEN h.actor LIKE 'user:%' THEN u.name WHEN h.actor LIKE 'api-key:%' THEN k.name ELSE h.actor END AS actor_name
               FROM order_status_history h
               LEFT JOIN users u ON h.actor = 'user:' || u.id::text
               LEFT JOIN api_keys k ON h.actor = 'api-key:' || k.id::text
              WHERE h.order_id = $1 ORDER BY h.id`,
      values: [orderId],
    });
    return result.rows;
  }

  /** The app's rule in one query: the scheduled booking, else the most recently made one. */
  async currentBookingOf(orderId: string): Promise<BookingRow | undefined> {
    const result = await this.pool.query<BookingRow>({
      name: 'order-current-booking',
      text: `SELECT id, engineer_id, start_at, end_at, status FROM bookings WHERE order_id = $1
              ORDER BY (status = 'scheduled') DESC, created_at DESC, id DESC LIMIT 1`,
      values: [orderId],
    });
    return result.rows[0];
  }
}
