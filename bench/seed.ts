/**
 * `npm run bench:seed -- --scale 0.01` — a PostgreSQL database of its own, migrated by the
 * app's migrations and bulk-loaded with two years of realistic history through COPY.
 * At scale 1: 200 engineers, 50 products, 200 000 customers, 1 000 000 orders with their
 * vehicles, items, services, status history, outbox events and about 300 000 bookings; every
 * 50th order is a fleet order for 2-120 vehicles (one in twenty for 50 or more), a task each.
 * Other scales default to a sibling database (`bench_vision_s0_01`), never the full-scale one.
 */
import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { phoneDigits } from '../libs/common/src/contact/contact-phone';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { nameSuffixes } from '../src/modules/customers/customer-name-suffixes';
import { benchDatabaseFor, recreateDatabase, writeSeedStamp } from './lib/bench-database';
import { parseArgs, parseScale } from './lib/cli-args';
import { CopyWriter } from './lib/copy-writer';
import { Random } from './lib/random';
import { dropIndexesFor, restoreIndexes } from './seed/bulk-load-indexes';
import { buildCatalogue } from './seed/catalogue';
import { HistoryWriters, OrderHistoryGenerator } from './seed/order-history';
import { buildCustomers, buildEngineers } from './seed/people';

const DAY = 86_400_000;
const FULL_SCALE = { customers: 200_000, orders: 1_000_000 };
/** Team and catalogue size do not grow with history, so they stay the same at every scale. */
const ENGINEERS = 200;

const COLUMNS = {
  products: ['id', 'sku', 'name', 'description', 'category', 'price_minor', 'currency', 'requires_installation', 'install_minutes', 'active', 'created_at', 'updated_at'],
  customers: ['id', 'name', 'email', 'phone', 'phone_digits', 'address_line1', 'address_line2', 'address_city', 'address_postcode', 'address_lat', 'address_lng', 'has_orders', 'created_at', 'updated_at'],
  customer_name_suffixes: ['customer_id', 'suffix', 'customer_created_at'],
  engineers: ['id', 'name', 'email', 'phone', 'working_hours', 'max_jobs_per_day', 'active', 'home_postcode', 'home_lat', 'home_lng', 'created_at', 'updated_at'],
  engineer_skills: ['engineer_id', 'skill'],
  engineer_areas: ['engineer_id', 'area'],
  vehicles: ['id', 'customer_id', 'registration', 'vin', 'make', 'model', 'year', 'fleet_number', 'created_at', 'updated_at'],
  orders: ['id', 'number', 'sequence_no', 'customer_id', 'status', 'currency', 'total_minor', 'vehicle_registration', 'vehicle_make', 'vehicle_model', 'vehicle_year', 'vehicle_count', 'address_line1', 'address_line2', 'address_city', 'address_postcode', 'address_lat', 'address_lng', 'notes', 'priority', 'due_by', 'awaiting_booking', 'cancellation_reason', 'cancelled_at', 'fulfilled_at', 'created_at', 'updated_at'],
  order_vehicles: ['id', 'order_id', 'vehicle_id', 'position', 'registration', 'make', 'model', 'year', 'created_at', 'updated_at'],
  order_items: ['id', 'order_id', 'product_id', 'sku', 'name', 'category', 'quantity', 'unit_price_minor', 'line_total_minor', 'requires_installation', 'install_minutes', 'order_vehicle_id', 'position', 'created_at', 'updated_at'],
  services: ['id', 'order_id', 'vehicle_id', 'type', 'status', 'engineer_id', 'estimated_minutes', 'installation_postcode', 'required_skills', 'created_at', 'updated_at'],
  service_status_history: ['service_id', 'from_status', 'to_status', 'at', 'note', 'actor'],
  outbox_events: ['id', 'event_name', 'aggregate_type', 'aggregate_id', 'sequence', 'payload', 'status', 'delivered_at', 'created_at'],
  order_idempotency_keys: ['key', 'request_hash', 'order_id', 'response_status', 'response_body', 'created_at'],
  bookings: ['id', 'order_id', 'engineer_id', 'start_at', 'end_at', 'status', 'cancellation_reason', 'notes', 'created_at', 'updated_at'],
  booking_services: ['booking_id', 'service_id'],
  booking_visits: ['booking_id', 'position', 'engineer_id', 'start_at', 'end_at', 'status', 'site_lat', 'site_lng'],
  booking_audit: ['booking_id', 'action', 'old_engineer_id', 'new_engineer_id', 'old_start_at', 'old_end_at', 'new_start_at', 'new_end_at', 'old_status', 'new_status', 'reason', 'at', 'actor'],
} as const;
type Table = keyof typeof COLUMNS;

async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, path: '', logging: false }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  } finally {
    await dataSource.destroy();
  }
}

async function existingTables(client: Client): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  return new Set(rows.map((row) => row.name));
}

export async function seed(url: string, scale: number, log: (line: string) => void = console.log): Promise<Record<string, number>> {
  const started = Date.now();
  const counts = { customers: Math.max(50, Math.round(FULL_SCALE.customers * scale)), orders: Math.max(100, Math.round(FULL_SCALE.orders * scale)) };
  log(`Seeding ${new URL(url).pathname.slice(1)} at scale ${scale}: ${counts.customers} customers, ${counts.orders} orders`);
  await recreateDatabase(url);
  const migrations = await migrate(url);

  const admin = new Client({ connectionString: url });
  await admin.connect();
  const pool = new Pool({ connectionString: url, max: Object.keys(COLUMNS).length });
  try {
    const tables = await existingTables(admin);
    const loaded = (Object.keys(COLUMNS) as Table[]).filter((table) => tables.has(table));
    const skipped = (Object.keys(COLUMNS) as Table[]).filter((table) => !tables.has(table));
    if (skipped.length > 0) log(`Not in this schema yet, skipped: ${skipped.join(', ')}`);
    const indexes = await dropIndexesFor(admin, loaded);

    const writers = new Map<Table, CopyWriter>();
    for (const table of loaded) {
      const client = await pool.connect();
      // The database is thrown away after the benchmark: losing the last commits on a crash is fine.
      await client.query('SET synchronous_commit = off');
      writers.set(table, CopyWriter.open(client, table, COLUMNS[table]));
    }
    const writer = (table: Table) => writers.get(table);
    const required = (table: Table) => {
      const found = writer(table);
      if (!found) throw new Error(`The schema has no ${table} table: run the seed against this app's migrations`);
      return found;
    };

    const random = new Random(20_261_125);
    const to = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);
    const from = new Date(to.getTime() - 730 * DAY);
    const customersFrom = new Date(from.getTime() - 180 * DAY);
    const products = buildCatalogue(random);
    const engineers = buildEngineers(random, ENGINEERS, from);
    const customers = buildCustomers(random, counts.customers, customersFrom, new Date(to.getTime() - DAY));

    for (const product of products) {
      const at = new Date(customersFrom.getTime() - 30 * DAY);
      await required('products').write([product.id, product.sku, product.name, product.description, product.category, product.priceMinor, 'GBP', product.requiresInstallation, product.installMinutes, product.active, at, at]);
    }
    for (const engineer of engineers) {
      await writer('engineers')?.write([engineer.id, engineer.name, engineer.email, engineer.phone, engineer.workingHours, engineer.maxJobsPerDay, true, engineer.homePostcode, engineer.homeLocation.lat, engineer.homeLocation.lng, engineer.createdAt, engineer.createdAt]);
      for (const skill of engineer.skills) await writer('engineer_skills')?.write([engineer.id, skill]);
      for (const area of engineer.areas) await writer('engineer_areas')?.write([engineer.id, area]);
    }

    const out: HistoryWriters = {
      vehicles: required('vehicles'),
      orders: required('orders'),
      orderVehicles: required('order_vehicles'),
      orderItems: required('order_items'),
      services: required('services'),
      serviceHistory: required('service_status_history'),
      outbox: required('outbox_events'),
      idempotencyKeys: required('order_idempotency_keys'),
      bookings: writer('bookings'),
      bookingServices: writer('booking_services'),
      bookingVisits: writer('booking_visits'),
      bookingAudit: writer('booking_audit'),
    };
    const history = new OrderHistoryGenerator(random, { orders: counts.orders, from, to, customers, customersFrom, engineers, products }, out);
    const bar = new SingleBar({ format: 'orders   [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', etaBuffer: 5000 }, Presets.shades_classic);
    bar.start(counts.orders, 0);
    for (let index = 0; index < counts.orders; index += 1) {
      await history.write(index);
      if (index % 2000 === 0) bar.update(index);
    }
    bar.update(counts.orders);
    bar.stop();
    log(`Fleet orders: ${history.fleetOrders}, for ${history.fleetVehicles} vehicles`);

    for (const [index, customer] of customers.entries()) {
      const hasOrders = history.customersWithOrders[index] === 1;
      await required('customers').write([customer.id, customer.name, customer.email, customer.phone, phoneDigits(customer.phone), customer.line1, customer.line2, customer.city, customer.postcode, customer.location.lat, customer.location.lng, hasOrders, customer.createdAt, customer.createdAt]);
      for (const suffix of nameSuffixes(customer.name)) await required('customer_name_suffixes').write([customer.id, suffix, customer.createdAt]);
    }
    const rowCounts: Record<string, number> = {};
    for (const [table, copy] of writers) rowCounts[table] = await copy.finish();
    log(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(rowCounts).map(([table, count]) => `${table} ${count}`).join(', ')}`);

    await admin.query("SET maintenance_work_mem = '512MB'");
    const indexBar = new SingleBar({ format: 'indexes  [{bar}] {value}/{total} {name}' }, Presets.shades_classic);
    indexBar.start(indexes.length, 0, { name: '' });
    await restoreIndexes(admin, indexes, (name) => indexBar.increment({ name }));
    indexBar.stop();
    // Placements take the next number from the sequence: it must start after the loaded ones.
    await admin.query(`SELECT setval('order_number_seq', $1)`, [counts.orders]);
    log('VACUUM ANALYZE (planner statistics and visibility map, as autovacuum would leave them)');
    await admin.query(`VACUUM ANALYZE ${loaded.map((table) => `"${table}"`).join(', ')}`);
    await writeSeedStamp(admin, url, { scale, migrations, seededAt: new Date().toISOString(), counts: rowCounts });
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return rowCounts;
  } finally {
    await pool.end();
    await admin.end();
  }
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2), { scale: 'value', database: 'value' });
  const scale = parseScale(args.get('scale'));
  seed(args.get('database') ?? benchDatabaseFor(scale), scale).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
