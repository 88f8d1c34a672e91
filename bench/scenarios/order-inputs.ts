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

/** Fewer sampled rows than this (a small table, few pages sampled) and the rows are drawn from the whole table instead. */
const FEWEST_SAMPLED = 100;

/**
 * Rows from `percent` of the table's pages: cheap at full scale, but on the 0.01 data set a
 * page sample can come back empty, so a thin sample is replaced by a random draw of every row.
 */
async function sampleRows<Row extends object>(client: Client, from: { table: string; percent: number; columns: string; limit: number; where?: string }): Promise<Row[]> {
  const where = from.where ? ` WHERE ${from.where}` : '';
  const sampled = await client.query<Row>(`SELECT ${from.columns} FROM ${from.table} TABLESAMPLE SYSTEM (${from.percent})${where} LIMIT ${from.limit}`);
  if (sampled.rows.length >= Math.min(from.limit, FEWEST_SAMPLED)) return sampled.rows;
  return (await client.query<Row>(`SELECT ${from.columns} FROM ${from.table}${where} ORDER BY random() LIMIT ${from.limit}`)).rows;
}

export async function loadOrderInputs(databaseUrl: string): Promise<OrderInputs> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const orders = await sampleRows<{ id: string }>(client, { table: 'orders', percent: 2, columns: 'id', limit: 5000 });
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
    const customers = await sampleRows<{ id: string }>(client, { table: 'customers', percent: 10, columns: 'id', limit: 2000 });
    const products = await client.query<{ id: string }>('SELECT id FROM products WHERE active ORDER BY sku');
    const registrations = await sampleRows<{ registration: string }>(client, { table: 'order_vehicles', percent: 1, columns: 'registration', limit: 2000 });
    const names = await sampleRows<{ name: string }>(client, { table: 'customers', percent: 10, columns: 'name', limit: 2000, where: 'has_orders' });
    return {
      orderIds: [...orders, ...fleet.rows.slice(0, Math.ceil(orders.length / 9))].map((row) => row.id),
      deepCursors: deep.rows.map((row) => encodeCursor(row.created_at, row.id)),
      customerIds: customers.map((row) => row.id),
      productIds: products.rows.map((row) => row.id),
      registrations: registrations.map((row) => row.registration),
      customerNames: names.map((row) => row.name),
    };
  } finally {
    await client.end();
  }
}
