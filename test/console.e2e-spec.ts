import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, request, type Browser, type Page } from 'playwright-core';
import { isImei } from '../libs/common/src/vehicles/device-identifier-rules';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { createProduct, expectStatus } from './support/fixtures';
import { NINE_TO_FIVE, createEngineer, freshDistrict, weekdays } from './support/scheduling';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';
import { WebhookReceiver } from './support/webhook-receiver';

/**
 * The console in Debian's Chromium against the real app on a fresh database: a dispatcher's
 * day end to end, the engineer's visit, and an admin's edit. Every click goes through the
 * console's generated client to the API, as a person's would.
 */
const ROOT = join(__dirname, '..');
const CONSOLE = join(ROOT, 'console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The pictures in docs/ are this test's: `UPDATE_SCREENSHOTS=1` writes them there, other runs to a scratch folder. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : join(tmpdir(), `console-screenshots-${process.pid}`);

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** `npm run build -w console` unless its build is newer than its sources and the API document. */
function ensureConsoleBuilt(): void {
  const index = join(CONSOLE, 'dist', 'index.html');
  const sources = Math.max(newestChange(join(CONSOLE, 'src')), newestChange(join(CONSOLE, 'index.html')), newestChange(join(ROOT, 'docs', 'openapi.yaml')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const build = spawnSync('npm', ['run', 'build', '-w', 'console'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the console failed:\n${build.stdout}\n${build.stderr}`);
}

/** A valid IMEI: 14 digits and their Luhn check digit. */
function imei(body: string): string {
  const valid = Array.from({ length: 10 }, (_, digit) => `${body}${digit}`).find(isImei);
  if (!valid) throw new Error(`no check digit for ${body}`);
  return valid;
}

describe('the console in a browser (Chromium)', () => {
  let testApp: TestApp;
  let browser: Browser;
  let base: string;
  const district = freshDistrict();
  let engineer: { id: string; name: string };
  const dispatcher = { email: 'dispatcher@console.example', password: TEST_PASSWORD };
  const fitter = { email: 'fitter@console.example', password: TEST_PASSWORD };
  let product: { id: string; sku: string };

  beforeAll(async () => {
    ensureConsoleBuilt();
    // OrderPlaced reaches the services module within a moment, as in production a few seconds later.
    process.env.OUTBOX_POLL_INTERVAL_MS = '200';
    testApp = await createTestApp();
    const fastify = testApp.app.getHttpAdapter().getInstance();
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`;

    const http = testApp.admin.http;
    product = await createProduct(http, { name: 'Console tracker', category: 'dashcam', installMinutes: 60, identifiers: ['imei'] });
    engineer = await createEngineer(http, district, { name: 'Ada Fitter', workingHours: weekdays(NINE_TO_FIVE) });
    // Covers another district: the order page says why it has no slot for her.
    await createEngineer(http, freshDistrict(), { name: 'Bo Elsewhere' });
    expectStatus(await http.post('/api/v1/users').send({ email: dispatcher.email, name: 'Dee Spatcher', password: dispatcher.password, role: 'dispatcher' }), 201);
    expectStatus(await http.post('/api/v1/users').send({ email: fitter.email, name: 'Ada Fitter', password: fitter.password, role: 'engineer', engineerId: engineer.id }), 201);

    browser = await chromium.launch({ executablePath: CHROMIUM });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  /** What the browser refused or threw: a content security policy that blocks the console shows here. */
  const pageErrors: string[] = [];

  async function signedInPage(email: string, password: string): Promise<Page> {
    const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) pageErrors.push(message.text());
    });
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}/console/`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  }

  /** Reloads until `check` passes: work the outbox finishes a moment after the answer. */
  async function eventually(page: Page, check: () => Promise<unknown>): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await check();
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
        await page.reload();
      }
    }
  }

  it('serves the build at /console: deep links answer the app, a missing file is a 404, assets are immutable', async () => {
    // Playwright's client, not fetch: its connections close with it, so the app can stop.
    const http = await request.newContext({ baseURL: base });
    try {
      const page = await http.get('/console/orders/00000000-0000-4000-8000-000000000000?tab=history');
      expect(page.status()).toBe(200);
      expect(page.headers()['content-type']).toContain('text/html');
      expect(page.headers()['cache-control']).toBe('no-cache');
      expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
      const html = await page.text();
      expect(html).toContain('<div id="root">');
      const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      const asset = await http.get(script);
      expect(asset.status()).toBe(200);
      expect(asset.headers()['cache-control']).toContain('immutable');
      expect((await http.get('/console/assets/no-such-file.js')).status()).toBe(404);
      expect((await http.get('/console', { maxRedirects: 0 })).status()).toBe(200);
      // The API is untouched: its routes and its 404s are its own.
      expect((await http.get('/api/v1/no-such-route')).headers()['content-type']).toContain('application/problem+json');
    } finally {
      await http.dispose();
    }
  });

  it("plays a dispatcher's day: order, queue, booking, board, reschedule, the engineer's visit, the record", async () => {
    const page = await signedInPage(dispatcher.email, dispatcher.password);

    // Place a two-vehicle order (v2); a bad e-mail is refused first, its error beside its input.
    await page.getByRole('link', { name: 'New order' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Grace Fleet');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Phone').fill('+44 7911 123456');
    await page.getByLabel('Address line 1').fill('2 Mill Lane');
    await page.getByLabel('City').fill('Leeds');
    await page.getByLabel('Postcode').fill(`${district} 1AA`);
    const vehicles = [
      { registration: 'CX21 ABC', make: 'Ford', model: 'Transit', year: '2021' },
      { registration: 'CX22 DEF', make: 'Vauxhall', model: 'Vivaro', year: '2022' },
    ];
    for (const [index, vehicle] of vehicles.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Add a vehicle' }).click();
      const fieldset = page.getByRole('group', { name: `Vehicle ${index + 1}` });
      await fieldset.getByLabel('Registration').fill(vehicle.registration);
      await fieldset.getByLabel('Make').fill(vehicle.make);
      await fieldset.getByLabel('Model').fill(vehicle.model);
      await fieldset.getByLabel('Year').fill(vehicle.year);
      await fieldset.getByLabel('Product 1').selectOption({ label: `Console tracker (${product.sku})` });
    }
    await page.getByRole('button', { name: 'Place order' }).click();
    const emailError = page.locator('[data-field="customer.email"] .field-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toContain('email');
    await page.getByLabel('Email').fill('grace@fleet.example');
    await page.getByRole('button', { name: 'Place order' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Order VT-/ });
    await heading.waitFor();
    const orderNumber = /VT-\d+/.exec((await heading.textContent()) ?? '')![0];
    const orderUrl = page.url();

    // Find it in the queue.
    await page.getByRole('link', { name: 'Queue' }).click();
    await eventually(page, () => page.getByRole('link', { name: orderNumber }).waitFor({ timeout: 2_000 }));
    await page.screenshot({ path: join(SCREENSHOTS, 'queue.png') });
    // Filtered to another district it is gone; a value that is no district is refused beside its input.
    const area = page.getByRole('group', { name: 'Filters' }).getByLabel('Area or district');
    await area.fill('SW9');
    await page.getByText('Nothing waiting to be booked.').waitFor();
    await area.fill('ZZ9');
    await page.locator('[data-field="area"] .field-error').waitFor();
    await area.fill(district);
    await page.getByRole('link', { name: orderNumber }).click();

    // Book the first suggestion.
    const slots = page.getByRole('list', { name: 'Offered slots' });
    await slots.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'order-suggestions.png'), fullPage: true });
    const firstStart = await slots.locator('li').first().getAttribute('data-slot-start');
    await slots.getByRole('button').first().click();
    const booked = page.locator(`[data-booking-start="${firstStart}"]`);
    await booked.waitFor();

    // See it on the board.
    await page.getByRole('link', { name: 'see it on the board' }).click();
    const block = page.getByRole('link', { name: new RegExp(`^${orderNumber},`) });
    await block.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'board.png'), fullPage: true });
    // The week from that day: seven columns, the visit still on its day.
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('table.board[data-days="7"]').waitFor();
    expect(await page.locator('table.board thead th').count()).toBe(8);
    await block.waitFor();

    // Reschedule: another offered slot.
    await block.click();
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await slots.waitFor();
    const other = slots.locator(`li:not([data-slot-start="${firstStart}"])`).first();
    const newStart = (await other.getAttribute('data-slot-start'))!;
    await other.getByRole('button').click();
    await page.locator(`[data-booking-start="${newStart}"]`).waitFor();
    // The order's booking history tells the move, by whom.
    expect(await page.locator('li[data-action="rescheduled"]').textContent()).toContain('by Dee Spatcher');
    await page.context().close();

    // The engineer, on the day: start and complete both tasks.
    testApp.clock.travelTo(new Date(new Date(newStart).getTime() + 60_000));
    const field = await signedInPage(fitter.email, fitter.password);
    await field.getByRole('link', { name: /–/ }).first().waitFor();
    await field.locator(`a[data-booking-id]`).first().click();
    const imeis = [imei('49015420323751'), imei('35693803564380')];
    for (const [index, vehicle] of vehicles.entries()) {
      const task = field.getByRole('article', { name: `Task for ${vehicle.registration}` });
      await task.getByRole('button', { name: `Start ${vehicle.registration}` }).click();
      const form = field.getByRole('form', { name: `Installation record for ${vehicle.registration}` });
      await form.waitFor();
      if (index === 0) {
        // One digit off: the Luhn check fails in the form, nothing is sent.
        await form.getByLabel('IMEI (unit 1)').fill(`${imeis[0]!.slice(0, 14)}${(Number(imeis[0]!.at(-1)) + 1) % 10}`);
        await form.getByRole('button', { name: `Complete ${vehicle.registration}` }).click();
        const refused = form.locator('[data-field="devices.0.imei"] .field-error');
        await refused.waitFor();
        expect(await refused.textContent()).toContain('Luhn');
        await field.screenshot({ path: join(SCREENSHOTS, 'engineer-job.png'), fullPage: true });
        expect(await task.locator('[data-task-status]').getAttribute('data-task-status')).toBe('in_progress');
      }
      await form.getByLabel('IMEI (unit 1)').fill(imeis[index]!);
      await form.getByRole('button', { name: `Complete ${vehicle.registration}` }).click();
      await task.locator('[data-task-status="completed"]').waitFor();
    }
    await field.context().close();

    // The order is fulfilled and each vehicle shows its device.
    const back = await signedInPage(dispatcher.email, dispatcher.password);
    await back.goto(orderUrl);
    await eventually(back, () => back.locator('[data-order-status="fulfilled"]').waitFor({ timeout: 2_000 }));
    for (const [index, vehicle] of vehicles.entries()) {
      const card = back.getByRole('article', { name: `Vehicle ${vehicle.registration}` });
      expect(await card.locator('table.devices').textContent()).toContain(imeis[index]);
    }
    await back.screenshot({ path: join(SCREENSHOTS, 'order.png'), fullPage: true });

    // Found again by the customer's name, with the vehicles and their devices; by registration, the order.
    await back.getByRole('link', { name: 'Search' }).click();
    await back.getByRole('searchbox').fill('Grace Fleet');
    const customer = back.getByRole('article').filter({ hasText: 'grace@fleet.example' });
    await customer.getByText(`IMEI ${imeis[1]}`).waitFor();
    await back.getByRole('searchbox').fill('CX22DEF');
    await back.getByRole('link', { name: orderNumber }).waitFor();
    await back.context().close();
    testApp.clock.reset();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("lets an admin edit an engineer's working hours, and shows a refused value beside its field", async () => {
    const page = await signedInPage(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!);
    await page.getByRole('link', { name: 'Engineers' }).click();
    await page.getByRole('link', { name: engineer.name }).click();
    await page.getByLabel('monday span 1 end').fill('18:30');
    await page.getByRole('button', { name: 'Remove friday span 1' }).click();
    await page.getByRole('button', { name: 'Save engineer' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = expectStatus(await testApp.admin.http.get(`/api/v1/engineers/${engineer.id}`), 200).body as { workingHours: Record<string, Array<{ start: string; end: string }>> };
    expect(saved.workingHours.monday).toEqual([{ start: '09:00', end: '18:30' }]);
    expect(saved.workingHours.friday ?? []).toEqual([]);

    await page.getByLabel('Most jobs a day').fill('0');
    await page.getByRole('button', { name: 'Save engineer' }).click();
    const error = page.locator('[data-field="maxJobsPerDay"] .field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('maxJobsPerDay');
    expect(await page.getByLabel('Most jobs a day').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  }, 60_000);
  it("gives an admin every admin screen: a new engineer, a product, a user, an API key, the settings, a webhook endpoint, failed events", async () => {
    const page = await signedInPage(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!);
    await page.getByRole('link', { name: 'Engineers' }).click();
    const newEngineer = page.getByRole('form', { name: 'New engineer' });
    await newEngineer.getByLabel('Name').fill('Cy Newhire');
    await newEngineer.getByLabel('Email').fill('cy@console.example');
    await newEngineer.getByLabel('Phone').fill('+44 20 7946 0000');
    await newEngineer.getByLabel('Skills (comma separated)').fill('dashcam, tracker');
    await newEngineer.getByLabel('Areas (postcode districts, comma separated)').fill('LS98, LS99');
    await newEngineer.getByRole('button', { name: 'Add engineer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cy Newhire' }).waitFor();
    expect(await page.getByLabel('Skills (comma separated)').inputValue()).toBe('dashcam, tracker');

    await page.getByRole('link', { name: 'Products' }).click();
    const newProduct = page.getByRole('form', { name: 'New product' });
    await newProduct.getByLabel('SKU').fill('CON-SIM-1');
    await newProduct.getByLabel('Name').fill('Console SIM tracker');
    await newProduct.getByLabel('Category').fill('tracker');
    await newProduct.getByLabel('Price (minor units, e.g. pence)').fill('4999');
    await newProduct.getByLabel('Install minutes').fill('30');
    await newProduct.getByLabel('imei').check();
    await newProduct.getByLabel('iccid').check();
    await newProduct.getByRole('button', { name: 'Add product' }).click();
    await page.getByRole('cell', { name: 'imei, iccid', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('cell', { name: dispatcher.email, exact: true }).waitFor();
    const newUser = page.getByRole('form', { name: 'New user' });
    await newUser.getByLabel('Name').fill('Cy Newhire');
    await newUser.getByLabel('Email').fill('cy.login@console.example');
    await newUser.getByLabel('Password').fill(TEST_PASSWORD);
    await newUser.getByLabel('Role').selectOption('engineer');
    await newUser.getByLabel('Acts for engineer').selectOption({ label: 'Cy Newhire' });
    await newUser.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('cell', { name: 'cy.login@console.example', exact: true }).waitFor();

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByText('No API keys.').waitFor();
    await page.getByLabel('Name of the new key').fill('Web shop');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('status').filter({ hasText: 'shown only now' }).waitFor();
    await page.getByRole('button', { name: 'Revoke Web shop' }).click();
    await page.getByRole('button', { name: 'Revoke Web shop' }).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Settings' }).click();
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    await page.getByLabel('travelBufferMinutes').fill('-5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('[data-field="travelBufferMinutes"] .field-error').waitFor();

    // A webhook endpoint: refused without events (beside the choice), its secret shown once, its delivery log and a re-send.
    const receiver = new WebhookReceiver();
    await receiver.start();
    try {
      await page.getByRole('link', { name: 'Webhooks' }).click();
      await page.getByText('No webhook endpoints.').waitFor();
      const hookUrl = receiver.url('/console-hooks');
      const newEndpoint = page.getByRole('form', { name: 'New webhook endpoint' });
      await newEndpoint.getByLabel('Endpoint URL').fill(hookUrl);
      await newEndpoint.getByRole('button', { name: 'Create endpoint' }).click();
      await page.locator('[data-field="events"] .field-error').waitFor();
      await newEndpoint.getByLabel('order.placed').check();
      await newEndpoint.getByRole('button', { name: 'Create endpoint' }).click();
      const secret = await page.getByRole('status').filter({ hasText: 'shown only now' }).locator('code').textContent();
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole('cell', { name: hookUrl, exact: true }).waitFor();

      expectStatus(
        await testApp.admin.http.post('/api/v2/orders').send({
          customer: { name: 'Wes Webhook', email: 'wes@hooks.example', phone: '+44 20 7946 0959', address: { line1: '1 Hook Lane', city: 'Leeds', postcode: `${district} 3AB` } },
          vehicles: [{ vehicle: { registration: 'WH12 OOK', make: 'Ford', model: 'Transit', year: 2021 }, items: [{ productId: product.id, quantity: 1 }] }],
        }),
        201,
      );
      await receiver.waitFor('/console-hooks', 1);
      await page.getByRole('button', { name: `Deliveries to ${hookUrl}` }).click();
      await page.getByRole('region', { name: 'Deliveries' }).getByRole('cell', { name: 'delivered' }).waitFor();
      await page.getByRole('button', { name: 'Re-send order.placed' }).click();
      await receiver.waitFor('/console-hooks', 2);
    } finally {
      await receiver.stop();
    }

    await page.getByRole('link', { name: 'Failed events' }).click();
    await page.getByText('No failed events.').waitFor();
    await page.context().close();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  /** An order of one vehicle placed and booked through the API, its installation task created. */
  async function bookedOrder(registration: string): Promise<{ orderId: string; bookingId: string; start: string }> {
    const http = testApp.admin.http;
    const placed = await http.post('/api/v2/orders').send({
      customer: { name: 'Hal Haulage', email: 'hal@haulage.example', phone: '+44 20 7946 0958', address: { line1: '9 Dock Road', city: 'Leeds', postcode: `${district} 2BB` } },
      vehicles: [{ vehicle: { registration, make: 'Ford', model: 'Ranger', year: 2020 }, items: [{ productId: product.id, quantity: 1 }] }],
    });
    const orderId = (expectStatus(placed, 201).body as { id: string }).id;
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    const suggestions = expectStatus(await http.get('/api/v1/bookings/suggestions').query({ orderId }), 200).body as { slots: Array<{ engineerId: string; start: string }> };
    const slot = suggestions.slots[0]!;
    const booking = expectStatus(await http.post('/api/v1/bookings').send({ orderId, engineerId: slot.engineerId, start: slot.start }), 201).body as { id: string };
    return { orderId, bookingId: booking.id, start: slot.start };
  }

  it('cancels a booking with a reason (refused without one, beside the field), says why no slot, and records a failed visit', async () => {
    const { orderId } = await bookedOrder('DV19 GHI');
    const page = await signedInPage(dispatcher.email, dispatcher.password);
    await page.goto(`${base}/console/orders/${orderId}`);
    await page.getByRole('button', { name: 'Cancel…' }).click();
    const cancelForm = page.getByRole('form', { name: 'Cancel the booking' });
    await cancelForm.getByRole('button', { name: 'Cancel booking' }).click();
    const reasonError = cancelForm.locator('[data-field="reason"] .field-error');
    await reasonError.waitFor();
    expect(await reasonError.textContent()).toContain('reason');
    await cancelForm.getByLabel('Reason for cancelling').fill('The customer asked for another week');
    await cancelForm.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByText('The last booking is cancelled.').waitFor();

    // Booked again from the offers; the engineer who covers another district is named, with why.
    const slots = page.getByRole('list', { name: 'Offered slots' });
    await slots.waitFor();
    await page.getByText('Why no slot with the other engineers').click();
    expect(await page.locator('.why-no-slot').textContent()).toContain('Bo Elsewhere does not cover the postcode');
    const adas = slots.locator('li').filter({ hasText: engineer.name }).first();
    const start = (await adas.getAttribute('data-slot-start'))!;
    await adas.getByRole('button').click();
    await page.locator(`[data-booking-start="${start}"]`).waitFor();
    await page.context().close();

    testApp.clock.travelTo(new Date(new Date(start).getTime() + 60_000));
    const field = await signedInPage(fitter.email, fitter.password);
    const booking = expectStatus(await testApp.admin.http.get(`/api/v2/orders/${orderId}`), 200).body as { booking: { id: string } };
    await field.locator(`a[data-booking-id="${booking.booking.id}"]`).click();
    const task = field.getByRole('article', { name: 'Task for DV19 GHI' });
    await task.getByRole('button', { name: 'The visit failed…' }).click();
    const failForm = field.getByRole('form', { name: 'Failed visit for DV19 GHI' });
    await failForm.getByLabel('Why the visit failed').selectOption('customer_refused');
    await failForm.getByLabel('Note').fill('Not today, thanks');
    await failForm.getByRole('button', { name: 'Record the failed visit' }).click();
    // The task waits for a new booking: back in the queue.
    await task.locator('[data-task-status="pending"]').waitFor();
    expect(await task.getByRole('status').textContent()).toContain('Customer refused');
    await field.context().close();
    testApp.clock.reset();
    const queue = expectStatus(await testApp.admin.http.get('/api/v1/dispatch/queue'), 200).body as { items: Array<{ orderId: string; failedVisitCount: number }> };
    expect(queue.items.find((entry) => entry.orderId === orderId)?.failedVisitCount).toBe(1);
  }, 90_000);

  it("shows a web shop's live hold on the board, apart from the visits, and the minutes it keeps", async () => {
    const http = testApp.admin.http;
    const placed = await http.post('/api/v2/orders').send({
      customer: { name: 'Hel Checkout', email: 'hel@checkout.example', phone: '+44 20 7946 0959', address: { line1: '3 Quay Street', city: 'Leeds', postcode: `${district} 3AB` } },
      vehicles: [{ vehicle: { registration: 'HL20 KPT', make: 'Ford', model: 'Transit', year: 2020 }, items: [{ productId: product.id, quantity: 1 }] }],
    });
    const order = expectStatus(placed, 201).body as { id: string; number: string };
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    const suggestions = expectStatus(await http.get('/api/v1/bookings/suggestions').query({ orderId: order.id }), 200).body as { slots: Array<{ engineerId: string; start: string }> };
    const slot = suggestions.slots.find((candidate) => candidate.engineerId === engineer.id)!;
    expectStatus(await http.post('/api/v1/bookings/holds').send({ orderId: order.id, engineerId: engineer.id, start: slot.start }), 201);

    const page = await signedInPage(dispatcher.email, dispatcher.password);
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(slot.start));
    await page.goto(`${base}/console/board?date=${localDate}&days=1&area=${district}`);
    const held = page.locator('.hold', { hasText: 'held' });
    await held.waitFor();
    expect(await held.getAttribute('aria-label')).toContain(`for ${order.number}, Hel Checkout, ${district} 3AB`);
    const adasRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: engineer.name }) });
    expect(await adasRow.locator('.load').textContent()).toContain('60 held');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('signs in by keyboard, refreshes the access token without the user noticing, and keeps the session across a reload', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/London' });
    await context.clock.install({ time: new Date() });
    const page = await context.newPage();
    await page.goto(`${base}/console/`);
    // By keyboard alone: the first field, Tab to the next, Enter sends the form.
    await page.getByLabel('Email').focus();
    await page.keyboard.type(dispatcher.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(dispatcher.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Board' }).waitFor();

    // Past the access token's life (ACCESS_TOKEN_TTL_SECONDS, 15 minutes): the next request refreshes first.
    await page.clock.fastForward('16:00');
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/refresh') && response.status() === 200);
    await page.getByRole('link', { name: 'Queue' }).click();
    await refreshed;
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.locator('table.list, p.empty').first().waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await context.close();
  }, 60_000);
});
