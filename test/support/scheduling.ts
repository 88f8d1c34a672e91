import type TestAgent from 'supertest/lib/agent';
import { OutboxDispatcher } from '../../src/outbox/outbox.dispatcher';
import { AppInstance } from './test-app';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './fixtures';

let sequence = 0;

function next(): number {
  sequence += 1;
  return sequence;
}

export const NINE_TO_FIVE = { start: '09:00', end: '17:00' };

export function weekdays(...spans: Array<{ start: string; end: string }>) {
  return { monday: spans, tuesday: spans, wednesday: spans, thursday: spans, friday: spans, saturday: [], sunday: [] };
}

/** A postcode district no other test uses, so each test sees only its own engineers. */
export function freshDistrict(): string {
  return `LS${next()}`;
}

export interface EngineerFixture {
  id: string;
  name: string;
}

/** An active dashcam engineer covering `district`, working 09:00-17:00 on weekdays. */
export async function createEngineer(http: TestAgent, district: string, overrides: Record<string, unknown> = {}): Promise<EngineerFixture> {
  const n = next();
  const response = await http.post('/api/v1/engineers').send({
    name: `Engineer ${String(n).padStart(3, '0')}`,
    email: `engineer.${process.pid}.${n}@example.com`,
    phone: '+44 20 7946 0958',
    skills: ['dashcam'],
    areas: [district],
    workingHours: weekdays(NINE_TO_FIVE),
    ...overrides,
  });
  return expectStatus(response, 201).body as EngineerFixture;
}

/**
 * Places an order through the API for the products, installed in `district` (at `location`,
 * when given), and waits for the outbox to deliver OrderPlaced, so its installation service
 * exists. Returns the order id.
 */
export async function placeOrder(
  instance: AppInstance,
  district: string,
  products: ProductFixture[],
  location?: { lat: number; lng: number },
): Promise<string> {
  const body = orderRequest(products, {
    installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA`, ...(location ? { location } : {}) },
  });
  const response = expectStatus(await instance.http.post('/api/v1/orders').send(body), 201);
  await instance.app.get(OutboxDispatcher).dispatchDue();
  return (response.body as { id: string }).id;
}

export function installableProduct(http: TestAgent, category: string, installMinutes: number): Promise<ProductFixture> {
  return createProduct(http, { category, installMinutes, requiresInstallation: true });
}

export interface BookedJob {
  district: string;
  engineer: EngineerFixture;
  orderId: string;
  bookingId: string;
  serviceId: string;
}

/** An engineer covering a district of their own, booked at `start` for one order's installation. */
export async function bookedJob(instance: AppInstance, product: ProductFixture, start: string): Promise<BookedJob> {
  const district = freshDistrict();
  const engineer = await createEngineer(instance.http, district);
  const orderId = await placeOrder(instance, district, [product]);
  const response = await instance.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start });
  const booking = expectStatus(response, 201).body as { id: string; serviceIds: string[] };
  return { district, engineer, orderId, bookingId: booking.id, serviceId: booking.serviceIds[0]! };
}
