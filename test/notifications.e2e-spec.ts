/**
 * Issue 16, item 2: customer e-mail. A real SMTP server in the test process (`smtp-server`)
 * receives what the app sends; the test parses each message (`mailparser`) and its calendar
 * invitation (`ical.js`). Reminders run on two instances of the app at once.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import type { DomainEventPayload } from '../libs/common/src/events/domain-event';
import { CustomerMailSender } from '../src/modules/notifications/customer-mail.sender';
import { QueueCustomerMailListener } from '../src/modules/notifications/listeners/queue-customer-mail.listener';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { withEnvironment } from './support/environment';
import { INLINE_CUSTOMER, ProductFixture, expectStatus, orderRequest } from './support/fixtures';
import { createEngineer, freshDistrict, installableProduct, weekdays } from './support/scheduling';
import { AppInstance, TestApp, createTestApp } from './support/test-app';

const SENDER = 'bookings@vision.example';

interface Received {
  to: string[];
  raw: Buffer;
}

/** An SMTP server that keeps every message, and refuses the recipients it is told to, a number of times. */
class MailCatcher {
  readonly received: Received[] = [];
  readonly refusals = new Map<string, number>();
  readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    // No DNS: a reverse lookup of 127.0.0.1 can take seconds where no resolver answers.
    disableReverseLookup: true,
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const left = this.refusals.get(address.address) ?? 0;
      if (left === 0) return callback();
      this.refusals.set(address.address, left - 1);
      callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }));
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The messages to `address`, parsed, once there are `count` of them. */
  async mailsTo(address: string, count: number): Promise<ParsedMail[]> {
    await until(() => this.to(address).length >= count, `${count} mails to ${address}`);
    return Promise.all(this.to(address).map((mail) => simpleParser(mail.raw)));
  }

  to(address: string): Received[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Invitation {
  method: string;
  events: Array<{ uid: string; sequence: number; start: string; end: string; status: string | null; organizer: string; attendee: string; location: string }>;
}

/** The calendar part of a message, parsed. */
function invitationOf(mail: ParsedMail): Invitation {
  const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) throw new Error(`no calendar part in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: (component.getFirstPropertyValue('status') as string | null) ?? null,
        // The scheme's case is the writer's choice (RFC 3986).
        organizer: String(component.getFirstPropertyValue('organizer')).replace(/^mailto:/i, 'mailto:'),
        attendee: String(component.getFirstPropertyValue('attendee')).replace(/^mailto:/i, 'mailto:'),
        location: event.location,
      };
    }),
  };
}

let customers = 0;

function customerEmail(label: string): string {
  customers += 1;
  return `${label}.${process.pid}.${customers}@customer.example`;
}

interface Booked {
  bookingId: string;
  orderId: string;
  engineerId: string;
}

interface NotificationBody {
  type: string;
  to: string;
  sentAt: string | null;
  status: string;
  error?: string;
}

/** An order of `email`'s, for one vehicle, installed at 2 Mill Lane, booked at `start` with an engineer of its own. */
async function book(instance: AppInstance, product: ProductFixture, email: string, start: string, engineer: Record<string, unknown> = {}): Promise<Booked> {
  const district = freshDistrict();
  const { id: engineerId } = await createEngineer(instance.http, district, engineer);
  const order = expectStatus(
    await instance.http.post('/api/v1/orders').send(
      orderRequest([product], {
        customer: { ...INLINE_CUSTOMER, name: 'Jo Bloggs', email },
        installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` },
      }),
    ),
    201,
  ).body as { id: string };
  await instance.app.get(OutboxDispatcher).dispatchDue();
  const booking = expectStatus(await instance.http.post('/api/v1/bookings').send({ orderId: order.id, engineerId, start }), 201).body as { id: string };
  return { bookingId: booking.id, orderId: order.id, engineerId };
}

async function notificationsOf(instance: AppInstance, bookingId: string): Promise<NotificationBody[]> {
  return (expectStatus(await instance.http.get(`/api/v1/bookings/${bookingId}`), 200).body as { notifications: NotificationBody[] }).notifications;
}

describe('Customer e-mail (e2e)', () => {
  const catcher = new MailCatcher();
  let restore: () => void;
  let testApp: TestApp;
  let dashcam: ProductFixture;

  beforeAll(async () => {
    const smtpUrl = await catcher.start();
    restore = withEnvironment({
      SMTP_URL: smtpUrl,
      MAIL_FROM: `Vision Bookings <${SENDER}>`,
      // Sent when an event queues them, and when a test asks: no timer, so two instances never overlap on SQLite.
      MAIL_POLL_INTERVAL_MS: '0',
      MAIL_RETRY_BASE_MS: '1000',
      MAIL_MAX_ATTEMPTS: '3',
      REMINDER_HOURS_BEFORE: '24',
      OUTBOX_POLL_INTERVAL_MS: '3600000',
    });
    testApp = await createTestApp();
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
    restore();
    await catcher.stop();
  });

  it('confirms a booking in local time, after the clock change, with the address, vehicle and an invitation', async () => {
    const email = customerEmail('confirmed');
    // 08:00 UTC on the Monday after the clocks went forward (31 March 2030) is 09:00 in London.
    const { bookingId } = await book(testApp, dashcam, email, '2030-04-01T08:00:00.000Z');

    const [mail] = (await catcher.mailsTo(email, 1)) as [ParsedMail];
    expect(mail.subject).toMatch(/^Your installation appointment is booked \(order VT-\d+\)$/);
    expect(mail.from?.value[0]).toEqual({ name: 'Vision Bookings', address: SENDER });
    expect(mail.text).toContain('Dear Jo Bloggs,');
    expect(mail.text).toContain('Your installation is booked for:\n  Monday 1 April 2030, 09:00–10:00');
    expect(mail.text).toMatch(/Where:\n {2}2 Mill Lane\n {2}Leeds\n {2}LS\d+ 1AA/);
    expect(mail.text).toMatch(/Vehicle:\n {2}AB12 ?CDE, Ford Transit Custom/);
    // The customer's own link, where the appointment can be seen, moved or cancelled (item 4).
    const link = /To see, move or cancel your appointment: (\S+)/.exec(mail.text ?? '')?.[1];
    expect(link).toMatch(/\/api\/v1\/appointments\/[A-Za-z0-9_-]{43}$/);
    const appointment = expectStatus(await testApp.http.get(new URL(link!).pathname), 200).body as { orderNumber: string };
    expect(mail.subject).toContain(appointment.orderNumber);

    const invitation = invitationOf(mail);
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.events).toEqual([
      expect.objectContaining({
        uid: `booking-${bookingId}@vision-telematics`,
        sequence: 0,
        start: '2030-04-01T08:00:00.000Z',
        end: '2030-04-01T09:00:00.000Z',
        organizer: `mailto:${SENDER}`,
        attendee: `mailto:${email}`,
      }),
    ]);
    expect(invitation.events[0]!.location).toMatch(/^2 Mill Lane, Leeds, LS\d+ 1AA$/);

    await until(async () => (await notificationsOf(testApp, bookingId)).some((notification) => notification.status === 'sent'), 'the confirmation recorded');
    const notifications = await notificationsOf(testApp, bookingId);
    expect(notifications).toEqual([
      { type: 'confirmation', to: email, sentAt: expect.any(String), status: 'sent' },
      { type: 'reminder', to: email, sentAt: null, status: 'pending' },
    ]);
  });

  it('tells of a move with the new time and a higher SEQUENCE, and of the cancellation with METHOD:CANCEL', async () => {
    const email = customerEmail('moved');
    const { bookingId } = await book(testApp, dashcam, email, '2030-01-07T09:00:00.000Z');
    await catcher.mailsTo(email, 1);
    expectStatus(await testApp.http.patch(`/api/v1/bookings/${bookingId}`).send({ start: '2030-01-08T13:00:00.000Z' }), 200);
    // A notice the booking overtook before it went (moved, then cancelled at once) is dropped: wait for this one.
    await catcher.mailsTo(email, 2);
    expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/cancel`).send({ reason: 'the customer is away' }), 200);

    const [confirmation, moved, cancelled] = (await catcher.mailsTo(email, 3)) as [ParsedMail, ParsedMail, ParsedMail];
    const uid = `booking-${bookingId}@vision-telematics`;
    expect(invitationOf(confirmation).events[0]).toMatchObject({ uid, sequence: 0, start: '2030-01-07T09:00:00.000Z' });

    expect(moved.subject).toMatch(/^Your installation appointment has moved/);
    expect(moved.text).toContain('The new time is:\n  Tuesday 8 January 2030, 13:00–14:00');
    const movedInvitation = invitationOf(moved);
    expect(movedInvitation.method).toBe('REQUEST');
    expect(movedInvitation.events).toEqual([expect.objectContaining({ uid, sequence: 1, start: '2030-01-08T13:00:00.000Z' })]);

    expect(cancelled.subject).toMatch(/^Your installation appointment is cancelled/);
    expect(cancelled.text).toContain('It was booked for:\n  Tuesday 8 January 2030, 13:00–14:00');
    expect(cancelled.text).not.toContain('the customer is away');
    expect(cancelled.text).not.toContain('move or cancel');
    expect(moved.text).toContain('To see, move or cancel your appointment: ');
    const cancellation = invitationOf(cancelled);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.events).toEqual([expect.objectContaining({ uid, sequence: 2, status: 'CANCELLED' })]);

    await until(async () => (await notificationsOf(testApp, bookingId)).every((notification) => notification.status === 'sent'), 'every notice recorded');
    // The reminders of the first and second time were never due, and went with the moves.
    expect((await notificationsOf(testApp, bookingId)).map((notification) => [notification.type, notification.status])).toEqual([
      ['confirmation', 'sent'],
      ['reschedule', 'sent'],
      ['cancellation', 'sent'],
    ]);
  });

  it('sends each reminder once with two instances sending, and none for a cancelled or a moved visit', async () => {
    const kept = customerEmail('kept');
    const cancelled = customerEmail('cancelled');
    const moved = customerEmail('moved');
    const keptBooking = await book(testApp, dashcam, kept, '2030-01-14T09:00:00.000Z');
    const cancelledBooking = await book(testApp, dashcam, cancelled, '2030-01-14T09:00:00.000Z');
    const movedBooking = await book(testApp, dashcam, moved, '2030-01-14T09:00:00.000Z');
    await Promise.all([catcher.mailsTo(cancelled, 1), catcher.mailsTo(moved, 1)]);
    expectStatus(await testApp.http.post(`/api/v1/bookings/${cancelledBooking.bookingId}/cancel`).send({ reason: 'not needed' }), 200);
    expectStatus(await testApp.http.patch(`/api/v1/bookings/${movedBooking.bookingId}`).send({ start: '2030-01-16T09:00:00.000Z' }), 200);
    await catcher.mailsTo(kept, 1);
    await catcher.mailsTo(cancelled, 2);
    await catcher.mailsTo(moved, 2);
    const other = await testApp.startAnotherInstance();
    const [first, second] = [testApp, other].map((instance) => instance.app.get(CustomerMailSender)) as [CustomerMailSender, CustomerMailSender];
    const sendOnBoth = async () => {
      if (process.env.DATABASE_URL) await Promise.all([first.sendDue(), second.sendDue(), first.sendDue(), second.sendDue()]);
      // Two SQLite instances in one process cannot overlap their transactions (better-sqlite3 waits
      // for the other's write lock synchronously, blocking the event loop that would release it): they take turns.
      else for (const sender of [first, second, first, second]) await sender.sendDue();
    };
    try {
      // Sunday, half an hour after the reminders of Monday 09:00 fell due.
      testApp.clock.travelTo('2030-01-13T09:30:00.000Z');
      await sendOnBoth();
      const keptMails = await catcher.mailsTo(kept, 2);
      expect(keptMails).toHaveLength(2);
      expect(keptMails[1]!.subject).toMatch(/^Reminder: installation on Monday 14 January at 09:00 \(order VT-\d+\)$/);
      expect(keptMails[1]!.text).toContain('A reminder of your installation:\n  Monday 14 January 2030, 09:00–10:00');
      expect(keptMails[1]!.attachments).toEqual([]);
      expect(catcher.to(cancelled)).toHaveLength(2);
      expect(catcher.to(moved)).toHaveLength(2);

      // The moved visit's reminder goes a day before its new time, once.
      testApp.clock.travelTo('2030-01-15T09:30:00.000Z');
      await sendOnBoth();
      const movedMails = await catcher.mailsTo(moved, 3);
      expect(movedMails).toHaveLength(3);
      expect(movedMails[2]!.subject).toMatch(/^Reminder: installation on Wednesday 16 January at 09:00/);
      await sendOnBoth();
      expect(catcher.to(kept)).toHaveLength(2);
      expect(catcher.to(moved)).toHaveLength(3);
      expect(catcher.to(cancelled)).toHaveLength(2);

      expect((await notificationsOf(testApp, keptBooking.bookingId)).map((notification) => [notification.type, notification.status])).toEqual([
        ['confirmation', 'sent'],
        ['reminder', 'sent'],
      ]);
      expect((await notificationsOf(testApp, movedBooking.bookingId)).map((notification) => [notification.type, notification.status])).toEqual([
        ['confirmation', 'sent'],
        ['reschedule', 'sent'],
        ['reminder', 'sent'],
      ]);
    } finally {
      await other.close();
    }
  });

  it('invites to every visit of a multi-day booking and reminds of each', async () => {
    const email = customerEmail('two-days');
    // Four hours of work with an engineer working 09:00–12:00: three on Monday, one on Tuesday.
    const longJob = await installableProduct(testApp.http, 'dashcam', 240);
    const { bookingId } = await book(testApp, longJob, email, '2030-02-04T09:00:00.000Z', { workingHours: weekdays({ start: '09:00', end: '12:00' }) });

    const [mail] = (await catcher.mailsTo(email, 1)) as [ParsedMail];
    expect(mail.text).toContain('Your installation is booked over 2 days:\n  Day 1: Monday 4 February 2030, 09:00–12:00\n  Day 2: Tuesday 5 February 2030, 09:00–10:00');
    expect(invitationOf(mail).events.map(({ uid, sequence, start }) => ({ uid, sequence, start }))).toEqual([
      { uid: `booking-${bookingId}@vision-telematics`, sequence: 0, start: '2030-02-04T09:00:00.000Z' },
      { uid: `booking-${bookingId}-visit-2@vision-telematics`, sequence: 0, start: '2030-02-05T09:00:00.000Z' },
    ]);
    await until(async () => (await notificationsOf(testApp, bookingId))[0]?.status === 'sent', 'the confirmation recorded');
    expect((await notificationsOf(testApp, bookingId)).map((notification) => notification.type)).toEqual(['confirmation', 'reminder', 'reminder']);

    // Each a day before its visit: Monday's on Sunday, Tuesday's on Monday once the first visit is under way.
    testApp.clock.travelTo('2030-02-03T09:30:00.000Z');
    await testApp.app.get(CustomerMailSender).sendDue();
    await catcher.mailsTo(email, 2);
    testApp.clock.travelTo('2030-02-04T09:30:00.000Z');
    await testApp.app.get(CustomerMailSender).sendDue();
    const reminders = (await catcher.mailsTo(email, 3)).slice(1);
    expect(reminders.map((reminder) => reminder.subject)).toEqual([
      expect.stringMatching(/^Reminder: installation on Monday 4 February at 09:00/),
      expect.stringMatching(/^Reminder: installation on Tuesday 5 February at 09:00/),
    ]);
    expect(reminders[1]!.text).toContain('A reminder of your installation, day 2 of 2:\n  Tuesday 5 February 2030, 09:00–10:00');
  });

  it('queues nothing twice when the outbox delivers an event again', async () => {
    const email = customerEmail('redelivered');
    const { bookingId, orderId } = await book(testApp, dashcam, email, '2030-02-11T09:00:00.000Z');
    await catcher.mailsTo(email, 1);
    const [event] = (await testApp.app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_events WHERE event_name = 'booking.scheduled' AND aggregate_id = ${process.env.DATABASE_URL ? '$1' : '?'}`, [orderId])) as [
      { payload: unknown },
    ];
    const payload = (typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload) as DomainEventPayload<'booking.scheduled'>;
    await testApp.app.get(QueueCustomerMailListener).scheduled(payload);
    await testApp.app.get(CustomerMailSender).sendDue();

    expect(catcher.to(email)).toHaveLength(1);
    expect((await notificationsOf(testApp, bookingId)).map((notification) => [notification.type, notification.status])).toEqual([
      ['confirmation', 'sent'],
      ['reminder', 'pending'],
    ]);
  });

  it('retries a message the server refused, and records the failure until it goes', async () => {
    const email = customerEmail('retried');
    catcher.refusals.set(email, 1);
    const { bookingId } = await book(testApp, dashcam, email, '2030-01-21T09:00:00.000Z');

    await until(async () => (await notificationsOf(testApp, bookingId))[0]?.error !== undefined, 'the failed attempt recorded');
    const [refused] = await notificationsOf(testApp, bookingId);
    expect(refused).toEqual({ type: 'confirmation', to: email, sentAt: null, status: 'pending', error: expect.stringContaining('451') });
    expect(catcher.to(email)).toHaveLength(0);

    // Not before its back-off (1 s after the first failure).
    await testApp.app.get(CustomerMailSender).sendDue();
    expect(catcher.to(email)).toHaveLength(0);
    testApp.clock.travelTo(new Date(Date.now() + 1_500));
    await testApp.app.get(CustomerMailSender).sendDue();
    const [mail] = (await catcher.mailsTo(email, 1)) as [ParsedMail];
    expect(invitationOf(mail).method).toBe('REQUEST');
    const [sent] = await notificationsOf(testApp, bookingId);
    expect(sent).toEqual({ type: 'confirmation', to: email, sentAt: expect.any(String), status: 'sent' });
  });

  it('gives up after MAIL_MAX_ATTEMPTS with the server’s answer', async () => {
    const email = customerEmail('refused');
    catcher.refusals.set(email, Number.POSITIVE_INFINITY);
    const { bookingId } = await book(testApp, dashcam, email, '2030-01-21T09:00:00.000Z');
    await until(async () => (await notificationsOf(testApp, bookingId))[0]?.error !== undefined, 'the first failed attempt');
    // Attempts two and three, each after its back-off (1 s, then 2 s).
    for (const ahead of [1_500, 4_000]) {
      testApp.clock.travelTo(new Date(Date.now() + ahead));
      await testApp.app.get(CustomerMailSender).sendDue();
    }
    const [failed] = await notificationsOf(testApp, bookingId);
    expect(failed).toEqual({ type: 'confirmation', to: email, sentAt: null, status: 'failed', error: expect.stringContaining('Mailbox temporarily unavailable') });
    testApp.clock.travelTo(new Date(Date.now() + 60_000));
    await testApp.app.get(CustomerMailSender).sendDue();
    expect((await notificationsOf(testApp, bookingId))[0]!.status).toBe('failed');
    expect(catcher.to(email)).toHaveLength(0);
  });
});

describe('Customer e-mail without SMTP_URL (e2e)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'vision-mail-'));
  let restore: () => void;
  let testApp: TestApp;

  beforeAll(async () => {
    restore = withEnvironment({ SMTP_URL: '', MAIL_DIR: directory, MAIL_POLL_INTERVAL_MS: '0' });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    restore();
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes each message as an .eml file a mail program opens', async () => {
    const email = customerEmail('offline');
    const dashcam = await installableProduct(testApp.http, 'dashcam', 60);
    const { bookingId } = await book(testApp, dashcam, email, '2030-01-07T09:00:00.000Z');

    await until(() => readdirSync(directory).some((name) => name.endsWith('.eml')), 'an .eml file');
    const [file] = readdirSync(directory) as [string];
    expect(file).toMatch(/^[\dT-]+Z-confirmation-[0-9a-f-]{36}\.eml$/);
    const mail = await simpleParser(readFileSync(join(directory, file)));
    expect(mail.to).toMatchObject({ value: [{ address: email }] });
    expect(mail.text).toContain('Monday 7 January 2030, 09:00–10:00');
    expect(invitationOf(mail).events[0]).toMatchObject({ uid: `booking-${bookingId}@vision-telematics`, sequence: 0 });
    await until(async () => (await notificationsOf(testApp, bookingId))[0]?.status === 'sent', 'the confirmation recorded');
  });
});
