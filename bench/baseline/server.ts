/**
 * The practical limit of Node on this machine for the two order read paths: raw Fastify
 * and `pg`, no framework layers, no validation library, no ORM. It answers
 * GET /api/v1/orders and GET /api/v1/orders/:id with the app's JSON (booking included), so the benchmark can
 * report app/baseline ratios. Not part of the app; started by bench/run.ts.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { decodeCursor, encodeCursor, orderDetailJson, orderJson } from './order-json';
import { ItemRow, OrderQueries } from './order-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function groupByOrder(items: ItemRow[]): Map<string, ItemRow[]> {
  const byOrder = new Map<string, ItemRow[]>();
  for (const item of items) {
    const list = byOrder.get(item.order_id);
    if (list) list.push(item);
    else byOrder.set(item.order_id, [item]);
  }
  return byOrder;
}

export async function startBaseline(databaseUrl: string, port: number): Promise<() => Promise<void>> {
  // Ten connections, like the app's pool (src/database/data-source-options.ts).
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const queries = new OrderQueries(pool);
  const app = Fastify({ logger: false });

  app.get<{ Querystring: { limit?: string; cursor?: string } }>('/api/v1/orders', async (request, reply) => {
    const limit = request.query.limit === undefined ? 20 : Number(request.query.limit);
    const after = request.query.cursor === undefined ? undefined : decodeCursor(request.query.cursor);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100 || after === null) return reply.code(400).send({ status: 400 });
    const rows = await queries.page(limit + 1, after);
    const page = rows.slice(0, limit);
    const items = page.length > 0 ? groupByOrder(await queries.itemsOf(page.map((row) => row.id))) : new Map<string, ItemRow[]>();
    const last = page[page.length - 1];
    return {
      items: page.map((row) => orderJson(row, items.get(row.id) ?? [])),
      nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  });

  app.get<{ Params: { id: string } }>('/api/v1/orders/:id', async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) return reply.code(400).send({ status: 400 });
    // Items, services, booking and history need only the id, so all five queries go out at once.
    const [order, items, services, booking, history] = await Promise.all([
      queries.detail(id),
      queries.itemsOf([id]),
      queries.servicesOf(id),
      queries.currentBookingOf(id),
      queries.historyOf(id),
    ]);
    if (!order) return reply.code(404).send({ status: 404 });
    return orderDetailJson(order, items, services, booking, history);
  });

  await app.listen({ host: '127.0.0.1', port });
  return async () => {
    await app.close();
    await pool.end();
  };
}

if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const port = Number(process.env.PORT ?? 3101);
  void startBaseline(databaseUrl, port).then((stop) => {
    process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
    process.on('SIGINT', () => void stop().then(() => process.exit(0)));
  });
}
