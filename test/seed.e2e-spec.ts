import { DemoSeeder } from '../src/database/seed/demo-seeder';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { TestApp, createTestApp } from './support/test-app';

describe('Demo seed (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const countAll = async (path: string): Promise<number> => {
    let count = 0;
    let cursor: string | undefined;
    do {
      const page = (await testApp.http.get(path).query({ limit: 100, ...(cursor ? { cursor } : {}) }).expect(200)).body;
      count += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return count;
  };
  const snapshot = async () => ({
    products: await countAll('/api/v1/products'),
    engineers: await countAll('/api/v1/engineers'),
    customers: await countAll('/api/v1/customers'),
    orders: await countAll('/api/v1/orders'),
    services: await countAll('/api/v1/services'),
    bookings: await countAll('/api/v1/bookings'),
  });

  it('fills an empty database once, and a second run changes nothing', async () => {
    const seeder = testApp.app.get(DemoSeeder);
    expect(await seeder.seedIfEmpty()).toEqual({ productsCreated: 10, engineersCreated: 10, usersCreated: 11, fleetVehiclesCreated: 12, ordersPlaced: 5, bookingsMade: 4 });
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    const afterFirst = await snapshot();
    // The fleet order: 12 vans, a task each; more than a day's work, booked as a run of visits.
    expect(afterFirst).toEqual({ products: 10, engineers: 10, customers: 5, orders: 5, services: 3 + 12, bookings: 4 });

    expect(await seeder.seedIfEmpty()).toBeNull();
    expect(await seeder.seed()).toEqual({ productsCreated: 0, engineersCreated: 0, usersCreated: 0, fleetVehiclesCreated: 0, ordersPlaced: 0, bookingsMade: 0 });
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    expect(await snapshot()).toEqual(afterFirst);
  });

  it('signs in the demo dispatcher, and each demo engineer by their e-mail, to their own work', async () => {
    const signIn = async (email: string, password: string) =>
      (await testApp.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
    const dispatcher = await signIn('dispatcher@vision-telematics.example', 'demo-dispatcher-password');
    const me = (await testApp.http.get('/api/v1/auth/me').set('authorization', `Bearer ${dispatcher}`).expect(200)).body as { role: string };
    expect(me.role).toBe('dispatcher');

    const bookings = (await testApp.http.get('/api/v1/bookings').query({ limit: 100 }).expect(200)).body.items as Array<{ engineerId: string }>;
    const engineers = (await testApp.http.get('/api/v1/engineers').query({ limit: 100 }).expect(200)).body.items as Array<{ id: string; email: string }>;
    const booked = engineers.find((engineer) => engineer.id === bookings[0]!.engineerId)!;
    const engineer = await signIn(booked.email, 'demo-engineer-password');
    const own = (await testApp.http.get('/api/v1/me/engineer').set('authorization', `Bearer ${engineer}`).expect(200)).body as { id: string };
    expect(own.id).toBe(booked.id);
  });

  it('has a fleet customer with 12 vans and an order for all of them', async () => {
    const customers = (await testApp.http.get('/api/v1/customers').query({ q: 'fleet@midlands-parcel.example' }).expect(200)).body.items as Array<{ id: string }>;
    expect(customers).toHaveLength(1);
    const vans = (await testApp.http.get(`/api/v1/customers/${customers[0]!.id}/vehicles`).query({ limit: 100 }).expect(200)).body.items as Array<{ fleetNumber: string }>;
    expect(vans.map((van) => van.fleetNumber).sort()).toEqual(Array.from({ length: 12 }, (_, index) => `MPC-${String(index + 1).padStart(2, '0')}`));
    const orders = (await testApp.http.get('/api/v2/orders').query({ customerId: customers[0]!.id }).expect(200)).body.items as Array<{ id: string; vehicles: Array<{ task: { estimatedMinutes: number } | null }> }>;
    expect(orders).toHaveLength(1);
    expect(orders[0]!.vehicles).toHaveLength(12);
    expect(orders[0]!.vehicles.every((vehicle) => vehicle.task?.estimatedMinutes === 60)).toBe(true);
    const bookings = (await testApp.http.get('/api/v1/bookings').query({ status: 'scheduled', limit: 100 }).expect(200)).body.items as Array<{ orderId: string; visits: unknown[] }>;
    const fleetBooking = bookings.find((booking) => booking.orderId === orders[0]!.id);
    expect(fleetBooking?.visits).toHaveLength(2);
  });

  it('applies the seeded settings', async () => {
    const { body } = await testApp.http.get('/api/v1/settings').expect(200);
    expect(body).toMatchObject({ timezone: 'Europe/London', currency: 'GBP', slotMinutes: 30 });
    expect(body.defaultWorkingHours.saturday).toEqual([{ start: '09:00', end: '13:00' }]);
  });
});
