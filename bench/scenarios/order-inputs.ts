import { Client } from 'pg';
import { encodeCursor } from '../baseline/order-json';

/** Ids and cursors drawn from the loaded data, so requests hit rows all over the tables. */
export interface OrderInputs {
  orderIds: string[];
  deepCursors: string[];
  customerIds: string[];
  /** Active products, for POST /orders. */
  productIds: string[];
  /** Registrations of ordered vehicles and names of customers with orders, for order search (`q`). */
  registrations: string[];
  customerNames: string[];
}

export async function loadOrderInputs(databaseUrl: string): Promise<OrderInputs> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const orders = await client.query<{ id: string }>('SELECT id FROM orders TABLESAMPLE SYSTEM (2) LIMIT 5000');
    // Fleet orders are 2% of the orders but most of the rows an order page reads: one detail in ten is one of them.
    const fleet = await client.query<{ id: string }>('SELECT id FROM orders WHERE vehicle_count > 1 ORDER BY random() LIMIT 500');
    // Deep pages: positions between 40% and 90% down the newest-first chain.
    const bounds = await client.query<{ newer: Date; older: Date }>(
      `SELECT percentile_disc(0.6) WITHIN GROUP (ORDER BY created_at) AS newer,
              percentile_disc(0.1) WITHIN GROUP (ORDER BY created_at) AS older
         FROM (SELECT created_at FROM orders TABLESAMPLE SYSTEM (5)) sample`,
    );
    const deep = await client.query<{ created_at: Date; id: string }>(
      'SELECT created_at, id FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY random() LIMIT 200',
      [bounds.rows[0]!.older, bounds.rows[0]!.newer],
    );
    const customers = await client.query<{ id: string }>('SELECT id FROM customers TABLESAMPLE SYSTEM (10) LIMIT 2000');
    const products = await client.query<{ id: string }>('SELECT id FROM products WHERE active ORDER BY sku');
    const registrations = await client.query<{ registration: string }>('SELECT registration FROM order_vehicles TABLESAMPLE SYSTEM (1) LIMIT 2000');
    const names = await client.query<{ name: string }>('SELECT name FROM customers TABLESAMPLE SYSTEM (10) WHERE has_orders LIMIT 2000');
    return {
      orderIds: [...orders.rows, ...fleet.rows.slice(0, Math.ceil(orders.rows.length / 9))].map((row) => row.id),
      deepCursors: deep.rows.map((row) => encodeCursor(row.created_at, row.id)),
      customerIds: customers.rows.map((row) => row.id),
      productIds: products.rows.map((row) => row.id),
      registrations: registrations.rows.map((row) => row.registration),
      customerNames: names.rows.map((row) => row.name),
    };
  } finally {
    await client.end();
  }
}
