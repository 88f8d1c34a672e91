import { Client } from 'pg';
import { DateTime } from 'luxon';
import { benchAuthorization } from '../lib/bench-auth';
import { pick } from '../lib/pick';
import { Prepared } from './booking-scenarios';
import { OpenApiDocument, operationFields } from './openapi-operation';

export const BOARD_PATH = '/api/v1/dispatch/board';
export const QUEUE_PATH = '/api/v1/dispatch/queue';
const ZONE = 'Europe/London';
/** The board is asked for one of the last working days: the seed's bookings fill them. */
const RECENT_WORKING_DAYS = 10;

/** The last working days before today in the business time zone, newest first. */
function recentWorkingDays(): string[] {
  const days: string[] = [];
  for (let day = DateTime.now().setZone(ZONE).startOf('day').minus({ days: 1 }); days.length < RECENT_WORKING_DAYS; day = day.minus({ days: 1 })) {
    if (day.weekday <= 5) days.push(day.toISODate()!);
  }
  return days;
}

async function activeEngineers(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM engineers WHERE active');
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/** Scenario 8: the dispatcher's board of the whole team (200 engineers at every scale) for one working day. */
export async function prepareBoard(document: OpenApiDocument | null, databaseUrl: string, appUrl: string): Promise<Prepared> {
  if (!document || !operationFields(document, 'get', BOARD_PATH)) return { notAvailable: `GET ${BOARD_PATH} is not in the app's OpenAPI document` };
  const days = recentWorkingDays();
  const team = await activeEngineers(databaseUrl);
  const headers = await benchAuthorization(appUrl);
  return {
    next: () => ({ path: `${BOARD_PATH}?date=${pick(days)}` }),
    // Measured something only if the whole team is on the board and the day is booked.
    verify: async () => {
      const response = await fetch(`${appUrl}${BOARD_PATH}?date=${days[0]}`, { headers });
      if (response.status !== 200) return `the board answered HTTP ${response.status}`;
      const body = (await response.json()) as { engineers: Array<{ days: Array<{ visits: unknown[] }> }> };
      const visits = body.engineers.reduce((total, engineer) => total + engineer.days[0]!.visits.length, 0);
      if (body.engineers.length !== team) return `the board shows ${body.engineers.length} of ${team} active engineers`;
      return visits > 0 ? null : `no visit on the board of ${days[0]}`;
    },
  };
}

/** Scenario 9: the first page of the dispatcher's queue, every order waiting for a booking by due date. */
export async function prepareQueue(document: OpenApiDocument | null, appUrl: string): Promise<Prepared> {
  if (!document || !operationFields(document, 'get', QUEUE_PATH)) return { notAvailable: `GET ${QUEUE_PATH} is not in the app's OpenAPI document` };
  const headers = await benchAuthorization(appUrl);
  return {
    next: () => ({ path: QUEUE_PATH }),
    verify: async () => {
      const response = await fetch(`${appUrl}${QUEUE_PATH}`, { headers });
      if (response.status !== 200) return `the queue answered HTTP ${response.status}`;
      const body = (await response.json()) as { items: Array<{ dueBy: string }>; nextCursor: string | null };
      const sorted = body.items.every((item, index) => index === 0 || body.items[index - 1]!.dueBy <= item.dueBy);
      if (body.items.length === 0) return 'the queue is empty';
      return sorted ? null : 'the queue is not sorted by dueBy';
    },
  };
}
