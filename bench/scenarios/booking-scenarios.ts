import { Client } from 'pg';
import { DateTime } from 'luxon';
import { benchAuthorization } from '../lib/bench-auth';
import { LoadRequest } from '../lib/load';
import { pick } from '../lib/pick';
import { Field, OpenApiDocument, fillFields, operationFields } from './openapi-operation';

export const AVAILABILITY_PATH = '/api/v1/bookings/availability';
export const BOOKINGS_PATH = '/api/v1/bookings';
export const HOLDS_PATH = '/api/v1/bookings/holds';
export const ORDER_AVAILABILITY_PATH = '/api/v1/orders/{id}/availability';
export const SUGGESTIONS_PATH = '/api/v1/bookings/suggestions';
/** What the console's order page asks for. */
const SUGGESTIONS_SHOWN = 5;
const ORDERS_PATH = '/api/v1/orders';
/** Longer than the default 08:00–18:00 day (600 minutes), at most two of them: a two-day job for most engineers. */
const TWO_DAY_JOB_MINUTES = 900;
const TWO_DAY_ORDERS = 5;
const ZONE = 'Europe/London';
/**
 * What a browser sends, as the console does: the screens that read availability are the
 * console's, and their answers are hundreds of kilobytes that the app compresses for such a client.
 */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

export type Prepared = { next: () => LoadRequest; verify?: () => Promise<string | null> } | { notAvailable: string };

function dateValue(field: Field, at: DateTime): string {
  return field.format === 'date' ? at.toISODate()! : at.toUTC().toISO()!;
}

/**
 * Orders waiting for a booking in the postcode area that has most of them: availability is asked
 * for an order. Single-vehicle orders only: a fleet order's work is days long, which scenario 7
 * measures, and one of 50 vans would need more visits than a run may have (422).
 */
async function pendingOrdersOfBusiestArea(client: Client): Promise<{ area: string; orderIds: string[] } | null> {
  // One fleet order puts dozens of pending tasks in one area: the area is the one with most single-task orders.
  const singles = `SELECT order_id, min(installation_postcode) AS postcode FROM services WHERE status = 'pending' GROUP BY order_id HAVING count(*) = 1`;
  const busiest = await client.query<{ area: string }>(
    `SELECT substring(postcode from '^[A-Z]+') AS area FROM (${singles}) single GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const area = busiest.rows[0]?.area;
  if (!area) return null;
  const orders = await client.query<{ order_id: string }>(`SELECT order_id FROM (${singles}) single WHERE postcode ~ $1 LIMIT 500`, [`^${area}[0-9]`]);
  return { area, orderIds: orders.rows.map((row) => row.order_id) };
}

async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Scenario 4: 14 days of slots over every engineer who covers the order's area and has its skills. */
export function prepareAvailability(document: OpenApiDocument | null, databaseUrl: string): Promise<Prepared> {
  return prepareAvailabilityAt(document, databaseUrl, AVAILABILITY_PATH, () => AVAILABILITY_PATH);
}

/** Scenario 12: scenario 4 as a web shop asks it at checkout, the order in the path. */
export function prepareOrderAvailability(document: OpenApiDocument | null, databaseUrl: string): Promise<Prepared> {
  return prepareAvailabilityAt(document, databaseUrl, ORDER_AVAILABILITY_PATH, (orderId) => ORDER_AVAILABILITY_PATH.replace('{id}', orderId));
}

/** 14 days of slots for orders waiting in the busiest area, asked at `path` (the document's) as `pathFor` an order makes it. */
async function prepareAvailabilityAt(
  document: OpenApiDocument | null,
  databaseUrl: string,
  path: string,
  pathFor: (orderId: string) => string,
): Promise<Prepared> {
  const fields = document ? operationFields(document, 'get', path) : null;
  if (!fields) return { notAvailable: `GET ${path} is not in the app's OpenAPI document` };
  const pending = await withClient(databaseUrl, pendingOrdersOfBusiestArea);
  if (!pending) return { notAvailable: 'no order is waiting for a booking' };
  const from = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day');
  let orderId = pick(pending.orderIds);
  const candidates: Array<[RegExp, (field: Field) => unknown]> = [
    [/^orderId$/i, () => orderId],
    [/postcode/i, () => `${pending.area}1 1AA`],
    [/area|district/i, () => pending.area],
    [/^(from|start|startDate|fromDate|date)$/i, (field) => dateValue(field, from)],
    [/^(to|end|endDate|toDate|until)$/i, (field) => dateValue(field, from.plus({ days: 14 }))],
    [/days/i, () => 14],
    [/duration|minutes/i, () => 90],
    [/skill/i, () => 'dashcam'],
  ];
  const probe = fillFields(fields, candidates);
  if ('missing' in probe) return { notAvailable: `cannot fill the availability parameter "${probe.missing}"` };
  return {
    next: () => {
      orderId = pick(pending.orderIds);
      const filled = fillFields(fields, candidates);
      const values = 'values' in filled ? filled.values : {};
      const query = new URLSearchParams(Object.entries(values).map(([name, value]): [string, string] => [name, String(value)])).toString();
      return { path: `${pathFor(orderId)}?${query}`, headers: BROWSER_HEADERS };
    },
  };
}

/**
 * Scenario 15: the best slots for an order waiting in the busiest area, as the dispatcher's
 * order page asks: every eligible engineer's next fortnight searched, each slot's travel worked
 * out, ranked by added travel. Checked to answer slots with their travel.
 */
export async function prepareSuggestions(document: OpenApiDocument | null, databaseUrl: string, appUrl: string): Promise<Prepared> {
  if (!document || !operationFields(document, 'get', SUGGESTIONS_PATH)) return { notAvailable: `GET ${SUGGESTIONS_PATH} is not in the app's OpenAPI document` };
  const pending = await withClient(databaseUrl, pendingOrdersOfBusiestArea);
  if (!pending) return { notAvailable: 'no order is waiting for a booking' };
  const path = (orderId: string) => `${SUGGESTIONS_PATH}?${new URLSearchParams({ orderId, limit: String(SUGGESTIONS_SHOWN) })}`;
  return {
    next: () => ({ path: path(pick(pending.orderIds)), headers: BROWSER_HEADERS }),
    verify: async () => {
      const response = await fetch(`${appUrl}${path(pending.orderIds[0]!)}`, { headers: await benchAuthorization(appUrl) });
      if (response.status !== 200) return `suggestions answered ${response.status}`;
      const { slots } = (await response.json()) as { slots: Array<{ travelMinutesBefore?: unknown; addedTravelKm?: unknown }> };
      const withTravel = slots.every((slot) => typeof slot.travelMinutesBefore === 'number' && typeof slot.addedTravelKm === 'number');
      return slots.length > 0 && slots.length <= SUGGESTIONS_SHOWN && withTravel ? null : `${slots.length} suggestions, or some without their travel`;
    },
  };
}

interface ContentionTarget {
  engineerId: string;
  orderIds: string[];
  starts: DateTime[];
}

/** An engineer of the area, a free weekday 3–8 weeks ahead, and orders of that area waiting for a booking. */
async function contentionTarget(client: Client): Promise<ContentionTarget | null> {
  const pending = await pendingOrdersOfBusiestArea(client);
  if (!pending) return null;
  const engineer = await client.query<{ id: string }>(
    `SELECT e.id FROM engineers e JOIN engineer_areas a ON a.engineer_id = e.id WHERE a.area = $1 AND e.active ORDER BY e.id LIMIT 1`,
    [pending.area],
  );
  if (!engineer.rows[0]) return null;
  // A different day each run, so earlier runs' bookings never decide this one.
  let day = DateTime.now().setZone(ZONE).plus({ days: 21 + Math.floor(Math.random() * 35) }).startOf('day');
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const starts = [9, 9.5, 10].map((hour) => day.set({ hour: Math.floor(hour), minute: (hour % 1) * 60 }));
  return { engineerId: engineer.rows[0].id, orderIds: pending.orderIds, starts };
}

/** Scenario 5: many clients booking the same engineer on the same morning at overlapping times. */
export function prepareContention(document: OpenApiDocument | null, databaseUrl: string): Promise<Prepared> {
  return prepareContentionAt(document, databaseUrl, BOOKINGS_PATH, countDoubleBookings);
}

/** Scenario 13: as scenario 5, with checkouts holding the slots (`POST /bookings/holds`) instead of booking them. */
export function prepareHoldContention(document: OpenApiDocument | null, databaseUrl: string): Promise<Prepared> {
  return prepareContentionAt(document, databaseUrl, HOLDS_PATH, countDoubleHolds);
}

async function prepareContentionAt(
  document: OpenApiDocument | null,
  databaseUrl: string,
  path: string,
  countOverlaps: (databaseUrl: string, engineerId: string, day: DateTime) => Promise<string | null>,
): Promise<Prepared> {
  const fields = document ? operationFields(document, 'post', path) : null;
  if (!fields) return { notAvailable: `POST ${path} is not in the app's OpenAPI document` };
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const target = await contentionTarget(client);
    if (!target) return { notAvailable: 'no engineer or no pending order in the contention area' };
    const probe = fillFields(fields, bookingCandidates(target));
    if ('missing' in probe) return { notAvailable: `cannot fill the field "${probe.missing}"` };
    const day = target.starts[0]!;
    return {
      next: () => {
        const filled = fillFields(fields, bookingCandidates(target));
        return { method: 'POST', path, body: JSON.stringify('values' in filled ? filled.values : {}) };
      },
      verify: () => countOverlaps(databaseUrl, target.engineerId, day),
    };
  } finally {
    await client.end();
  }
}

function bookingCandidates(target: ContentionTarget): Array<[RegExp, (field: Field) => unknown]> {
  return [
    [/^orderId$/i, () => pick(target.orderIds)],
    [/^engineerId$/i, () => target.engineerId],
    [/^(start|startAt|startsAt)$/i, () => pick(target.starts).toUTC().toISO()],
    [/duration|minutes/i, () => 90],
  ];
}

/** Overlapping visits of active bookings of the engineer that day: must be zero whatever the load did. */
async function countDoubleBookings(databaseUrl: string, engineerId: string, day: DateTime): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Visits, not bookings: a multi-day booking's start-to-end spans nights other work may use.
    const { rows } = await client.query<{ overlaps: string; booked: string }>(
      `SELECT (SELECT count(*) FROM booking_visits a JOIN booking_visits b ON a.engineer_id = b.engineer_id AND a.booking_id < b.booking_id
                 AND a.status = 'scheduled' AND b.status = 'scheduled'
                 AND a.start_at < b.end_at AND b.start_at < a.end_at
               WHERE a.engineer_id = $1 AND a.start_at >= $2 AND a.start_at < $3) AS overlaps,
              (SELECT count(*) FROM bookings WHERE engineer_id = $1 AND status = 'scheduled' AND start_at >= $2 AND start_at < $3) AS booked`,
      [engineerId, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
    );
    const overlaps = Number(rows[0]!.overlaps);
    return overlaps === 0 ? null : `${overlaps} double bookings (${rows[0]!.booked} bookings that day)`;
  } finally {
    await client.end();
  }
}

/** Live holds of the engineer that day overlapping each other or a scheduled visit: must be zero whatever the load did. */
async function countDoubleHolds(databaseUrl: string, engineerId: string, day: DateTime): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const live = `SELECT * FROM booking_holds WHERE engineer_id = $1 AND expires_at > now() AND start_at >= $2 AND start_at < $3`;
    const { rows } = await client.query<{ holds: string; withVisits: string; held: string }>(
      `SELECT (SELECT count(*) FROM (${live}) a JOIN (${live}) b ON a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at) AS holds,
              (SELECT count(*) FROM (${live}) h JOIN booking_visits v ON v.engineer_id = h.engineer_id AND v.status = 'scheduled'
                 AND v.start_at < h.end_at AND h.start_at < v.end_at) AS "withVisits",
              (SELECT count(*) FROM (${live}) h) AS held`,
      [engineerId, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
    );
    const overlaps = Number(rows[0]!.holds) + Number(rows[0]!.withVisits);
    return overlaps === 0 ? null : `${overlaps} overlapping holds (${rows[0]!.held} live holds that day)`;
  } finally {
    await client.end();
  }
}

interface BenchOrder {
  productId: string;
  quantity: number;
  /** The installation address's location; absent: none given. */
  location?: { lat: number; lng: number };
}

/**
 * Orders placed through the API for an address in the area (for work the seed has not got),
 * `plate` telling their vehicles apart. Waits for OrderPlaced to be handled, so each has its
 * installation task.
 */
async function placeBenchOrders(
  client: Client,
  appUrl: string,
  area: string,
  plate: string,
  orders: BenchOrder[],
  notes: string,
  authorization?: Record<string, string>,
): Promise<string[]> {
  const customer = await client.query<{ id: string }>('SELECT id FROM customers ORDER BY created_at, id LIMIT 1');
  if (!customer.rows[0]) return [];
  const headers = { ...(authorization ?? (await benchAuthorization(appUrl))), 'content-type': 'application/json' };
  const orderIds: string[] = [];
  for (const [index, order] of orders.entries()) {
    const response = await fetch(`${appUrl}${ORDERS_PATH}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        customerId: customer.rows[0].id,
        items: [{ productId: order.productId, quantity: order.quantity }],
        vehicle: { registration: `${plate}${String(index).padStart(2, '0')} BEN`, make: 'Ford', model: 'Transit Custom', year: 2021 },
        installationAddress: { line1: `${index + 1} Bench Road`, city: 'Bench', postcode: `${area}1 1AA`, ...(order.location ? { location: order.location } : {}) },
        notes,
      }),
    });
    if (response.status !== 201) throw new Error(`Placing a bench order failed: HTTP ${response.status} ${await response.text()}`);
    orderIds.push(((await response.json()) as { id: string }).id);
  }
  for (let waited = 0; waited < 30_000; waited += 200) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM services WHERE order_id = ANY($1) AND status = 'pending'`, [orderIds]);
    if (Number(rows[0]!.count) === orderIds.length) return orderIds;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The bench orders got no installation task within 30 s');
}

/** Orders of one installable product, enough of it for TWO_DAY_JOB_MINUTES: the seed's orders all fit one day. */
async function placeTwoDayOrders(client: Client, appUrl: string, area: string): Promise<string[]> {
  const product = await client.query<{ id: string; install_minutes: number }>(
    `SELECT id, install_minutes FROM products WHERE active AND requires_installation AND install_minutes > 0 AND category = 'dashcam' ORDER BY install_minutes DESC, sku LIMIT 1`,
  );
  if (!product.rows[0]) return [];
  const quantity = Math.ceil(TWO_DAY_JOB_MINUTES / product.rows[0].install_minutes);
  const orders = Array.from({ length: TWO_DAY_ORDERS }, () => ({ productId: product.rows[0]!.id, quantity }));
  return placeBenchOrders(client, appUrl, area, 'TD', orders, 'bench: a two-day job');
}

/** Scenario 7: scenario 4 for a job of two working days: every slot is a run of visits. */
export async function prepareTwoDayAvailability(document: OpenApiDocument | null, databaseUrl: string, appUrl: string): Promise<Prepared> {
  const fields = document ? operationFields(document, 'get', AVAILABILITY_PATH) : null;
  if (!fields) return { notAvailable: `GET ${AVAILABILITY_PATH} is not in the app's OpenAPI document` };
  if (!document?.components?.schemas?.SlotVisitResponse) return { notAvailable: 'availability offers no multi-day slots (no visits in SlotResponse)' };
  const prepared = await withClient(databaseUrl, async (client) => {
    const pending = await pendingOrdersOfBusiestArea(client);
    return pending && { area: pending.area, orderIds: await placeTwoDayOrders(client, appUrl, pending.area) };
  });
  if (!prepared || prepared.orderIds.length === 0) return { notAvailable: 'no area with pending orders, or no installable product' };
  const from = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day');
  const window = { from: from.toUTC().toISO()!, to: from.plus({ days: 14 }).toUTC().toISO()! };
  const path = (orderId: string) => `${AVAILABILITY_PATH}?${new URLSearchParams({ orderId, ...window })}`;
  return {
    next: () => ({ path: path(pick(prepared.orderIds)), headers: BROWSER_HEADERS }),
    // The load measured something only if the answer really is runs of visits.
    verify: async () => {
      const response = await fetch(`${appUrl}${path(prepared.orderIds[0]!)}`, { headers: await benchAuthorization(appUrl) });
      if (response.status !== 200) return `availability answered HTTP ${response.status}`;
      const body = (await response.json()) as { durationMinutes: number; slots: Array<{ visits: unknown[] }> };
      const multi = body.slots.filter((slot) => slot.visits.length >= 2).length;
      return multi > 0 && multi === body.slots.length ? null : `${multi} of ${body.slots.length} slots of a ${body.durationMinutes}-minute job have two visits or more`;
    },
  };
}

/** How far north of the area's middle the outlying job is: about 28 km, some 55 minutes from the area's jobs. */
const OUTLYING_DEGREES = 0.25;

/**
 * Two one-visit orders of the area with located addresses: one in the middle of the area's
 * seeded customers, one about 28 km out. Every seeded visit is located, so each search keeps
 * the travel time from every booking to the job; from the outlying job that is more than the
 * flat buffer.
 */
async function placeLocatedOrders(client: Client, appUrl: string, area: string, authorization: Record<string, string>): Promise<{ central: string; outlying: string } | null> {
  const product = await client.query<{ id: string }>(
    `SELECT id FROM products WHERE active AND requires_installation AND install_minutes BETWEEN 30 AND 120 AND category = 'dashcam' ORDER BY install_minutes, sku LIMIT 1`,
  );
  const middle = await client.query<{ lat: number | null; lng: number | null }>(
    `SELECT avg(address_lat)::float AS lat, avg(address_lng)::float AS lng FROM customers WHERE address_postcode ~ $1`,
    [`^${area}[0-9]`],
  );
  const centre = middle.rows[0];
  if (!product.rows[0] || centre?.lat == null || centre.lng == null) return null;
  const at = { lat: centre.lat, lng: centre.lng };
  const [central, outlying] = await placeBenchOrders(
    client,
    appUrl,
    area,
    'TR',
    [
      { productId: product.rows[0].id, quantity: 1, location: at },
      { productId: product.rows[0].id, quantity: 1, location: { lat: at.lat + OUTLYING_DEGREES, lng: at.lng } },
    ],
    'bench: a located job',
    authorization,
  );
  return central && outlying ? { central, outlying } : null;
}

/**
 * The seeded agendas end about now: a located day for the area's engineers in the window, one
 * of the area's pending (located) orders booked for each at 13:00 on each weekday, skipping
 * those the rules refuse. Earlier runs' bookings on the same days stay and count alike.
 */
async function bookLocatedAgendas(client: Client, appUrl: string, area: string, orderIds: string[], from: DateTime, authorization: Record<string, string>): Promise<number> {
  const engineers = await client.query<{ id: string }>(
    `SELECT e.id FROM engineers e JOIN engineer_areas a ON a.engineer_id = e.id WHERE a.area = $1 AND e.active ORDER BY e.id LIMIT 12`,
    [area],
  );
  const headers = { ...authorization, 'content-type': 'application/json' };
  const orders = [...orderIds];
  let booked = 0;
  for (let offset = 0; offset < 14; offset += 1) {
    const day = from.plus({ days: offset });
    if (day.weekday > 5) continue;
    for (const { id: engineerId } of engineers.rows) {
      const orderId = orders.pop();
      if (!orderId) return booked;
      const start = day.set({ hour: 13, minute: 0 }).toUTC().toISO();
      const response = await fetch(`${appUrl}${BOOKINGS_PATH}`, { method: 'POST', headers, body: JSON.stringify({ orderId, engineerId, start }) });
      if (response.status === 201) booked += 1;
    }
  }
  return booked;
}

/** Scenario 8: scenario 4 with travel times: the job and every booking of the team are located. */
export async function prepareTravelAvailability(document: OpenApiDocument | null, databaseUrl: string, appUrl: string): Promise<Prepared> {
  const fields = document ? operationFields(document, 'get', AVAILABILITY_PATH) : null;
  if (!fields) return { notAvailable: `GET ${AVAILABILITY_PATH} is not in the app's OpenAPI document` };
  if (!document?.components?.schemas?.GeoPointDto) return { notAvailable: 'addresses take no location (no GeoPointDto)' };
  // One sign-in for placing the orders and checking the answers: the token lasts an hour.
  const authorization = await benchAuthorization(appUrl);
  const from = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day');
  const orders = await withClient(databaseUrl, async (client) => {
    const pending = await pendingOrdersOfBusiestArea(client);
    if (!pending) return null;
    await bookLocatedAgendas(client, appUrl, pending.area, pending.orderIds, from, authorization);
    return placeLocatedOrders(client, appUrl, pending.area, authorization);
  });
  if (!orders) return { notAvailable: 'no area with pending, located orders, or no installable product' };
  const window = { from: from.toUTC().toISO()!, to: from.plus({ days: 14 }).toUTC().toISO()! };
  const path = (orderId: string) => `${AVAILABILITY_PATH}?${new URLSearchParams({ orderId, ...window })}`;
  const slotCount = async (orderId: string) => {
    const response = await fetch(`${appUrl}${path(orderId)}`, { headers: authorization });
    return response.status === 200 ? ((await response.json()) as { slots: unknown[] }).slots.length : -response.status;
  };
  return {
    next: () => ({ path: path(pick([orders.central, orders.outlying])), headers: BROWSER_HEADERS }),
    // Travel was measured only if it made a difference: the outlying job must have fewer slots.
    verify: async () => {
      const [central, outlying] = [await slotCount(orders.central), await slotCount(orders.outlying)];
      return central > 0 && outlying >= 0 && outlying < central ? null : `slots: ${central} for the central job, ${outlying} for the outlying one (expected fewer)`;
    },
  };
}
