import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { ProductFixture, expectStatus } from './support/fixtures';
import { BookedJob, bookedJob, installableProduct } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

const MONDAY = '2030-01-07';
const at = (day: string, time: string) => new Date(`${day}T${time}:00.000Z`).toISOString();

interface FeedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  description: string;
  start: string;
}

function eventsOf(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
    };
  });
}

/** Issue 16, item 5: each engineer's calendar at a secret URL calendar apps can subscribe to. */
describe('Calendar feeds at secret URLs (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let job: BookedJob;

  const feedUrl = async (engineerId: string, http = testApp.http) => (expectStatus(await http.get(`/api/v1/engineers/${engineerId}/calendar-feed`), 200).body as { url: string }).url;
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    testApp = await createTestApp();
    dashcam = await installableProduct(testApp.http, 'dashcam', 90);
    job = await bookedJob(testApp, dashcam, at(MONDAY, '10:00'));
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('gives the same URL on every asking, and serves the feed there without credentials', async () => {
    const url = await feedUrl(job.engineer.id);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl(job.engineer.id)).toBe(url);

    const response = await testApp.anonymous.get(pathOf(url)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const [event] = eventsOf(response.text);
    const order = expectStatus(await testApp.http.get(`/api/v1/orders/${job.orderId}`), 200).body as { number: string };
    expect(event).toMatchObject({
      uid: `booking-${job.bookingId}@vision-telematics`,
      sequence: 0,
      status: 'CONFIRMED',
      summary: `Installation, order ${order.number}`,
      location: `2 Mill Lane, Leeds, ${job.district} 1AA`,
      start: at(MONDAY, '10:00'),
    });
    expect(event!.description).toContain('AB12 CDE: Ford Transit Custom');
    expect(event!.description).toContain('installation, 90 min (scheduled)');
  });

  it('answers 304 to a client holding the current version, and a new ETag once the booking moves, with SEQUENCE raised', async () => {
    const path = pathOf(await feedUrl(job.engineer.id));
    const first = await testApp.anonymous.get(path).expect(200);
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    await testApp.anonymous.get(path).set('If-None-Match', etag).expect(304);

    expectStatus(await testApp.http.patch(`/api/v1/bookings/${job.bookingId}`).send({ start: at(MONDAY, '13:00') }), 200);
    const moved = await testApp.anonymous.get(path).set('If-None-Match', etag).expect(200);
    expect(moved.headers.etag).not.toBe(etag);
    const [event] = eventsOf(moved.text);
    expect(event).toMatchObject({ uid: `booking-${job.bookingId}@vision-telematics`, start: at(MONDAY, '13:00'), status: 'CONFIRMED' });
    expect(event!.sequence).toBeGreaterThan(0);
  });

  it('keeps a cancelled booking in the feed as STATUS:CANCELLED with a higher SEQUENCE', async () => {
    const cancelled = await bookedJob(testApp, dashcam, at('2030-01-08', '10:00'));
    const path = pathOf(await feedUrl(cancelled.engineer.id));
    const before = eventsOf((await testApp.anonymous.get(path).expect(200)).text)[0]!;
    expectStatus(await testApp.http.post(`/api/v1/bookings/${cancelled.bookingId}/cancel`).send({ reason: 'customer away' }), 200);
    const after = eventsOf((await testApp.anonymous.get(path).expect(200)).text);
    expect(after).toEqual([expect.objectContaining({ uid: before.uid, status: 'CANCELLED' })]);
    expect(after[0]!.sequence).toBeGreaterThan(before.sequence);
  });

  it('rotates: the new URL serves the feed, the old one is a 404 at once', async () => {
    const old = await feedUrl(job.engineer.id);
    const rotated = (expectStatus(await testApp.http.post(`/api/v1/engineers/${job.engineer.id}/calendar-feed/rotate`), 200).body as { url: string }).url;
    expect(rotated).not.toBe(old);
    expect(await feedUrl(job.engineer.id)).toBe(rotated);
    await testApp.anonymous.get(pathOf(rotated)).expect(200);
    const gone = await testApp.anonymous.get(pathOf(old)).expect(404);
    expect(gone.body).toMatchObject({ code: 'CALENDAR_FEED_NOT_FOUND' });
    expect(gone.body.detail).not.toContain(pathOf(old).split('/').pop()!.replace('.ics', ''));
  });

  it('is a 404 for an address no feed has, in any shape', async () => {
    for (const file of [`${'A'.repeat(43)}.ics`, 'not-a-token.ics', `${'A'.repeat(43)}.txt`, 'x']) {
      expect((await testApp.anonymous.get(`/api/v1/calendar/${file}`).expect(404)).body).toMatchObject({ code: 'CALENDAR_FEED_NOT_FOUND' });
    }
  });

  it('lets an engineer read and rotate their own feed URL, and nobody else’s; admins and dispatchers read any', async () => {
    const own = await testApp.signInAs('engineer', { engineerId: job.engineer.id });
    const url = await feedUrl(job.engineer.id, own.http);
    expect(url).toBe(await feedUrl(job.engineer.id));
    const other = await bookedJob(testApp, dashcam, at('2030-01-09', '10:00'));
    await own.http.get(`/api/v1/engineers/${other.engineer.id}/calendar-feed`).expect(404);
    await own.http.post(`/api/v1/engineers/${other.engineer.id}/calendar-feed/rotate`).expect(404);
    const dispatcher = await testApp.signInAs('dispatcher');
    expect(await feedUrl(other.engineer.id, dispatcher.http)).toMatch(/\.ics$/);
    await testApp.http.get(`/api/v1/engineers/${randomUUID()}/calendar-feed`).expect(404);
    await testApp.anonymous.get(`/api/v1/engineers/${job.engineer.id}/calendar-feed`).expect(401);
  });
});
