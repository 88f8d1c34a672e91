import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../libs/common/src/testing';
import { randomUUID } from 'node:crypto';
import { migrations } from '../migrations';
import { CreateOrderVehicles1764066300000 } from '../migrations/1764066300000-create-order-vehicles';
import { AddOrderDispatchPlanning1764067600000 } from '../migrations/1764067600000-add-order-dispatch-planning';
import { IndexCustomerNameSuffixes1764068500000 } from '../migrations/1764068500000-index-customer-name-suffixes';
import { insertRow } from '../migrations/support';
import { buildDataSourceOptions } from '../src/database/data-source-options';

/** Every migration must apply, revert and apply again on the database under test. */
describe('Migrations (e2e)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(
      buildDataSourceOptions({
        url: database.env.DATABASE_URL,
        path: database.env.DATABASE_PATH ?? ':memory:',
        logging: false,
      }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tableNames = async (): Promise<string[]> => {
    const rows: Array<{ name: string }> =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)
        : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
    return rows.map((row) => row.name).filter((name) => name !== 'migrations').sort();
  };

  it('goes up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
    const schema = await tableNames();
    expect(schema).toEqual(expect.arrayContaining(['settings', 'engineers', 'products', 'customers', 'orders', 'services', 'outbox_events']));

    for (let step = 0; step < migrations.length; step += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tableNames()).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tableNames()).toEqual(schema);
    const [settings] = await dataSource.query('SELECT timezone, currency FROM settings');
    expect(settings).toEqual({ timezone: 'Europe/London', currency: 'GBP' });
  });

  it('gives the orders placed before orders had several vehicles their vehicle, one per customer and registration', async () => {
    // Back to just before orders had vehicles, with the orders of that time.
    const steps = migrations.length - migrations.indexOf(CreateOrderVehicles1764066300000);
    for (let step = 0; step < steps; step += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const [alice, bob] = [randomUUID(), randomUUID()];
    const placed = [
      { customer: alice, registration: 'AB12 CDE', make: 'Ford', at: new Date('2026-01-01T09:00:00Z') },
      { customer: alice, registration: 'AB12 CDE', make: 'Ford Transit', at: new Date('2026-02-01T09:00:00Z') },
      { customer: alice, registration: 'A123 BCD', make: 'VW', at: new Date('2026-03-01T09:00:00Z') },
      { customer: bob, registration: 'AB12 CDE', make: 'Vauxhall', at: new Date('2026-04-01T09:00:00Z') },
    ];
    const orderIds: string[] = [];
    const runner = dataSource.createQueryRunner();
    try {
      for (const [index, order] of placed.entries()) {
        const id = randomUUID();
        orderIds.push(id);
        await insertRow(runner, 'orders', {
          id, number: `VT-90000${index}`, sequence_no: 90_000 + index, customer_id: order.customer, status: 'placed', currency: 'GBP', total_minor: 100,
          vehicle_registration: order.registration, vehicle_make: order.make, vehicle_model: 'Van', vehicle_year: 2020,
          address_line1: '1 High Street', address_city: 'London', address_postcode: 'SW1A 1AA', created_at: order.at, updated_at: order.at,
        });
        for (const position of [0, 1]) {
          await insertRow(runner, 'order_items', {
            id: randomUUID(), order_id: id, product_id: randomUUID(), sku: 'TR-1', name: 'Tracker', category: 'tracker', quantity: 1,
            unit_price_minor: 50, line_total_minor: 50, requires_installation: true, install_minutes: 30, position, created_at: order.at, updated_at: order.at,
          });
        }
      }
    } finally {
      await runner.release();
    }
    await dataSource.runMigrations({ transaction: 'each' });

    const vehicles = (await dataSource.query('SELECT id, customer_id AS "customerId", registration, make FROM vehicles')) as Array<Record<string, string>>;
    expect(vehicles.map(({ customerId, registration, make }) => ({ customerId, registration, make })).sort((a, b) => `${a.customerId}${a.registration}`.localeCompare(`${b.customerId}${b.registration}`))).toEqual(
      [
        { customerId: alice, registration: 'AB12 CDE', make: 'Ford' },
        { customerId: alice, registration: 'A123 BCD', make: 'VW' },
        { customerId: bob, registration: 'AB12 CDE', make: 'Vauxhall' },
      ].sort((a, b) => `${a.customerId}${a.registration}`.localeCompare(`${b.customerId}${b.registration}`)),
    );
    expect(vehicles.every((vehicle) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(vehicle.id!))).toBe(true);
    const links = (await dataSource.query(
      'SELECT ov.order_id AS "orderId", ov.vehicle_id AS "vehicleId", ov.position, ov.make, COUNT(i.id) AS "items" FROM order_vehicles ov' +
        ' LEFT JOIN order_items i ON i.order_vehicle_id = ov.id GROUP BY ov.order_id, ov.vehicle_id, ov.position, ov.make',
    )) as Array<Record<string, string | number>>;
    const vehicleOf = (customer: string, registration: string) => vehicles.find((vehicle) => vehicle.customerId === customer && vehicle.registration === registration)!.id;
    expect(links.map((link) => ({ orderId: link.orderId, vehicleId: link.vehicleId, make: link.make, position: Number(link.position), items: Number(link.items) })).sort((a, b) => orderIds.indexOf(String(a.orderId)) - orderIds.indexOf(String(b.orderId)))).toEqual([
      { orderId: orderIds[0], vehicleId: vehicleOf(alice, 'AB12 CDE'), position: 0, make: 'Ford', items: 2 },
      { orderId: orderIds[1], vehicleId: vehicleOf(alice, 'AB12 CDE'), position: 0, make: 'Ford Transit', items: 2 },
      { orderId: orderIds[2], vehicleId: vehicleOf(alice, 'A123 BCD'), position: 0, make: 'VW', items: 2 },
      { orderId: orderIds[3], vehicleId: vehicleOf(bob, 'AB12 CDE'), position: 0, make: 'Vauxhall', items: 2 },
    ]);
    const [unlinked] = (await dataSource.query('SELECT COUNT(*) AS "count" FROM order_items WHERE order_vehicle_id IS NULL')) as Array<{ count: string }>;
    expect(Number(unlinked!.count)).toBe(0);
    const counts = (await dataSource.query('SELECT DISTINCT vehicle_count AS "count" FROM orders')) as Array<{ count: string }>;
    expect(counts.map((row) => Number(row.count))).toEqual([1]);
  });

  it('dates the orders placed before priorities from their local placement date, and marks those with a pending task', async () => {
    const steps = migrations.length - migrations.indexOf(AddOrderDispatchPlanning1764067600000);
    for (let step = 0; step < steps; step += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const placed = [
      // Friday 23:30 GMT is still Friday in London; Thursday 23:30 UTC in June is Friday 00:30 BST.
      { at: new Date('2026-03-27T23:30:00Z'), status: 'placed', task: 'pending', dueBy: '2026-04-10', awaiting: true },
      { at: new Date('2026-06-25T23:30:00Z'), status: 'placed', task: 'scheduled', dueBy: '2026-07-10', awaiting: false },
      { at: new Date('2026-06-24T12:00:00Z'), status: 'fulfilled', task: 'completed', dueBy: '2026-07-08', awaiting: false },
    ];
    const orderIds: string[] = [];
    const runner = dataSource.createQueryRunner();
    try {
      for (const [index, order] of placed.entries()) {
        const id = randomUUID();
        orderIds.push(id);
        await insertRow(runner, 'orders', {
          id, number: `VT-91000${index}`, sequence_no: 91_000 + index, customer_id: randomUUID(), status: order.status, currency: 'GBP', total_minor: 100,
          vehicle_registration: 'AB12 CDE', vehicle_make: 'Ford', vehicle_model: 'Van', vehicle_year: 2020,
          address_line1: '1 High Street', address_city: 'Leeds', address_postcode: 'LS1 1AA', created_at: order.at, updated_at: order.at,
        });
        await insertRow(runner, 'services', {
          id: randomUUID(), order_id: id, vehicle_id: randomUUID(), type: 'installation', status: order.task, engineer_id: null, estimated_minutes: 60,
          installation_postcode: 'LS1 1AA', required_skills: JSON.stringify(['tracker']), created_at: order.at, updated_at: order.at,
        });
      }
    } finally {
      await runner.release();
    }
    await dataSource.runMigrations({ transaction: 'each' });

    const rows = (await dataSource.query('SELECT id, priority, due_by AS "dueBy", awaiting_booking AS "awaiting" FROM orders')) as Array<{ id: string; priority: string; dueBy: unknown; awaiting: unknown }>;
    const dated = orderIds.map((id) => rows.find((row) => row.id === id)!);
    // PostgreSQL's driver reads a date as a local Date; SQLite keeps the text.
    const dateText = (value: unknown) => (value instanceof Date ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}` : String(value));
    expect(dated.map((row) => ({ priority: row.priority, dueBy: dateText(row.dueBy), awaiting: Boolean(Number(row.awaiting)) }))).toEqual(
      placed.map(({ dueBy, awaiting }) => ({ priority: 'standard', dueBy, awaiting })),
    );
    // Every earlier order got a date too.
    expect(rows.every((row) => row.dueBy !== null)).toBe(true);
  });

  it('writes the name suffixes of the customers there were, each with the customer\'s creation instant', async () => {
    const steps = migrations.length - migrations.indexOf(IndexCustomerNameSuffixes1764068500000);
    for (let step = 0; step < steps; step += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    // More customers than one batch of the backfill reads.
    const names = Array.from({ length: 520 }, (_, index) => `Customer ${index} Ünal`);
    const runner = dataSource.createQueryRunner();
    const at = new Date('2026-05-01T09:30:00.123Z');
    try {
      for (const [index, name] of names.entries()) {
        await insertRow(runner, 'customers', {
          id: randomUUID(), name, email: `c${index}@example.com`, phone: '0113 496 0000', phone_digits: '01134960000', address_line1: '1 High Street',
          address_city: 'Leeds', address_postcode: 'LS1 1AA', has_orders: false, created_at: at, updated_at: at,
        });
      }
    } finally {
      await runner.release();
    }
    await dataSource.runMigrations({ transaction: 'each' });

    const [{ count }] = (await dataSource.query('SELECT COUNT(*) AS "count" FROM customer_name_suffixes')) as Array<{ count: string | number }>;
    const expected = names.reduce((sum, name) => sum + new Set(Array.from(name.toLowerCase()).map((_, start, characters) => characters.slice(start).join(''))).size, 0);
    expect(Number(count)).toBe(expected);
    const found = (await dataSource.query(
      `SELECT c.name AS "name" FROM customer_name_suffixes s INNER JOIN customers c ON c.id = s.customer_id AND c.created_at = s.customer_created_at WHERE s.suffix = 'r 519 ünal'`,
    )) as Array<{ name: string }>;
    expect(found).toEqual([{ name: 'Customer 519 Ünal' }]);
  });
});
