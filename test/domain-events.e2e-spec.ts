/**
 * The events an order's life raises for the outside world (issue 16: webhooks and e-mail
 * listen to them): each in its order's stream, in the order things happened, delivered
 * after the change commits without anyone asking the dispatcher.
 */
import { Injectable } from '@nestjs/common';
import { DomainEventPayload, OnDomainEvent } from '../libs/common/src/events/domain-event';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, expectStatus } from './support/fixtures';
import { createEngineer, freshDistrict, installableProduct, placeOrder } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

interface Received {
  event: string;
  orderId: string;
  payload: Record<string, unknown>;
}

/** Records every event of an order's life it hears, as the webhooks module will. */
@Injectable()
class OrderStreamRecorder {
  readonly received: Received[] = [];

  @OnDomainEvent('order.placed')
  async placed(event: DomainEventPayload<'order.placed'>): Promise<void> {
    this.record('order.placed', event);
  }

  @OnDomainEvent('order.fulfilled')
  async fulfilled(event: DomainEventPayload<'order.fulfilled'>): Promise<void> {
    this.record('order.fulfilled', event);
  }

  @OnDomainEvent('order.cancelled')
  async cancelled(event: DomainEventPayload<'order.cancelled'>): Promise<void> {
    this.record('order.cancelled', event);
  }

  @OnDomainEvent('booking.scheduled')
  async scheduled(event: DomainEventPayload<'booking.scheduled'>): Promise<void> {
    this.record('booking.scheduled', event);
  }

  @OnDomainEvent('booking.rescheduled')
  async rescheduled(event: DomainEventPayload<'booking.rescheduled'>): Promise<void> {
    this.record('booking.rescheduled', event);
  }

  @OnDomainEvent('booking.cancelled')
  async bookingCancelled(event: DomainEventPayload<'booking.cancelled'>): Promise<void> {
    this.record('booking.cancelled', event);
  }

  @OnDomainEvent('booking.completed')
  async completed(event: DomainEventPayload<'booking.completed'>): Promise<void> {
    this.record('booking.completed', event);
  }

  @OnDomainEvent('installation.completed')
  async installed(event: DomainEventPayload<'installation.completed'>): Promise<void> {
    this.record('installation.completed', event);
  }

  @OnDomainEvent('installation.failed')
  async installationFailed(event: DomainEventPayload<'installation.failed'>): Promise<void> {
    this.record('installation.failed', event);
  }

  of(orderId: string): Received[] {
    return this.received.filter((entry) => entry.orderId === orderId);
  }

  private record(event: string, payload: { orderId: string }): void {
    this.received.push({ event, orderId: payload.orderId, payload: payload as unknown as Record<string, unknown> });
  }
}

describe('Domain events of an order’s life (e2e)', () => {
  let testApp: TestApp;
  let recorder: OrderStreamRecorder;
  let dashcam: ProductFixture;

  /** Waits until the order's stream holds `count` events: delivery follows the commit by itself. */
  async function streamOf(orderId: string, count: number): Promise<Received[]> {
    const deadline = Date.now() + 10_000;
    while (recorder.of(orderId).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    return recorder.of(orderId);
  }

  beforeAll(async () => {
    // No poll: only the commits themselves may start delivery.
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp({ providers: [OrderStreamRecorder] });
    recorder = testApp.app.get(OrderStreamRecorder);
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
  });

  it('scheduled, rescheduled, a failed visit, rebooked, installed, completed and fulfilled: in that order, each with what changed', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [dashcam]);
    const booking = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '09:00') }), 201).body as {
      id: string;
      serviceIds: string[];
    };
    const [serviceId] = booking.serviceIds as [string];
    expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at(MONDAY, '11:00') }), 200);

    testApp.clock.travelTo(at(MONDAY, '11:05'));
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/fail`).send({ reason: 'vehicle_not_present' }), 200);
    const rebooked = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '14:00') }), 201).body as { id: string };
    testApp.clock.travelTo(at(MONDAY, '14:05'));
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/start`), 200);
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/complete`), 200);

    const stream = await streamOf(orderId, 9);
    expect(stream.map((entry) => entry.event)).toEqual([
      'order.placed',
      'booking.scheduled',
      'booking.rescheduled',
      'installation.failed',
      'booking.completed',
      'booking.scheduled',
      'installation.completed',
      'booking.completed',
      'order.fulfilled',
    ]);
    const [, scheduled, rescheduled, failed, firstCompleted, secondScheduled] = stream as [Received, Received, Received, Received, Received, Received];
    expect(scheduled.payload).toMatchObject({
      bookingId: booking.id,
      status: 'scheduled',
      placement: { engineerId: engineer.id, start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00') },
      previous: null,
    });
    expect(rescheduled.payload).toMatchObject({
      bookingId: booking.id,
      placement: { start: at(MONDAY, '11:00'), end: at(MONDAY, '12:00') },
      previous: { engineerId: engineer.id, start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00') },
    });
    expect(failed.payload).toMatchObject({ serviceId, failure: { reason: 'vehicle_not_present', note: null } });
    expect(firstCompleted.payload).toMatchObject({ bookingId: booking.id, status: 'completed' });
    expect(secondScheduled.payload).toMatchObject({ bookingId: rebooked.id });
    const ids = stream.map((entry) => entry.payload.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a cancelled order raises the booking’s cancellation before its own', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [dashcam]);
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '09:00') }), 201);
    expectStatus(await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'customer changed their mind' }), 200);

    const stream = await streamOf(orderId, 4);
    expect(stream.map((entry) => entry.event)).toEqual(['order.placed', 'booking.scheduled', 'booking.cancelled', 'order.cancelled']);
    expect(stream[2]!.payload).toMatchObject({ status: 'cancelled', reason: 'order cancelled: customer changed their mind' });
  });

  it('a change that rolls back raises nothing', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [dashcam]);
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '09:00') }), 201);
    // A second booking for the same order is refused inside its transaction, after the checks before it.
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '13:00') }), 409);

    await streamOf(orderId, 2);
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    expect(recorder.of(orderId).map((entry) => entry.event)).toEqual(['order.placed', 'booking.scheduled']);
  });
});
