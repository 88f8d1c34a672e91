import { useQuery } from '@tanstack/react-query';
import { memo, type MouseEvent } from 'react';
import { useHref, useNavigate, useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, QueryState } from '../../components/ui';
import { DispatchFilters, useDispatchFilters } from './DispatchFilters';

type BoardDay = Schemas['BoardDayResponse'];

/** The part of each day the board draws, local time: early starts and late finishes still fit. */
const DAY_START_MINUTES = 7 * 60;
const DAY_END_MINUTES = 20 * 60;
const DAY_SPAN = DAY_END_MINUTES - DAY_START_MINUTES;

/** Minutes since local midnight of a `localStart` like `2026-03-30T09:00+01:00`. */
function localMinutes(local: string, date: string): number {
  if (local.slice(0, 10) > date) return 24 * 60;
  if (local.slice(0, 10) < date) return 0;
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

/** Left and width, as percentages of the drawn part of the day. */
function place(localStart: string, localEnd: string, date: string) {
  const start = Math.max(localMinutes(localStart, date), DAY_START_MINUTES);
  const end = Math.min(localMinutes(localEnd, date), DAY_END_MINUTES);
  return { left: `${((start - DAY_START_MINUTES) / DAY_SPAN) * 100}%`, width: `${(Math.max(end - start, 0) / DAY_SPAN) * 100}%` };
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * One engineer's day. Visits are plain links (a board holds thousands: a router Link each
 * costs several hooks); the table's click handler routes them without a page load.
 */
const DayCell = memo(function DayCell({ day, orderHref }: { day: BoardDay; orderHref: string }) {
  return (
    <td className="board-cell">
      <div className="timeline">
        {day.workingSpans.map((span) => (
          <div key={span.start} className="working" style={place(span.localStart, span.localEnd, day.date)} />
        ))}
        {day.timeOff.map((off) => (
          <div key={off.id} className="time-off" style={place(off.localStart, off.localEnd, day.date)} title={`Time off ${off.localStart.slice(11, 16)}–${off.localEnd.slice(11, 16)}${off.reason ? `: ${off.reason}` : ''}`}>
            <span className="sr-only">Time off {off.localStart.slice(11, 16)} to {off.localEnd.slice(11, 16)}</span>
          </div>
        ))}
        {day.holds.map((hold) => (
          <div
            key={`${hold.holdId}:${hold.start}`}
            className="hold"
            style={place(hold.localStart, hold.localEnd, day.date)}
            title={`Held for ${hold.orderNumber}, ${hold.customerName}, until ${hold.expiresAt.slice(11, 16)} UTC`}
            aria-label={`Held ${hold.localStart.slice(11, 16)} to ${hold.localEnd.slice(11, 16)} for ${hold.orderNumber}, ${hold.customerName}, ${hold.postcode}`}
          >
            {hold.localStart.slice(11, 16)} held
          </div>
        ))}
        {day.visits.map((visit) => (
          <a
            key={`${visit.bookingId}:${visit.visitNumber}`}
            href={`${orderHref}/${visit.orderId}`}
            className={`visit visit-${visit.status}`}
            style={place(visit.localStart, visit.localEnd, day.date)}
            data-booking-id={visit.bookingId}
            data-order-id={visit.orderId}
            aria-label={`${visit.orderNumber}, ${visit.customerName}, ${visit.postcode}, ${visit.localStart.slice(11, 16)} to ${visit.localEnd.slice(11, 16)}, ${visit.status}`}
          >
            {visit.localStart.slice(11, 16)} {visit.orderNumber}
          </a>
        ))}
      </div>
      <small className="load">
        {day.bookedMinutes}/{day.availableMinutes} min
        {day.heldMinutes > 0 ? `, ${day.heldMinutes} held` : ''}
      </small>
    </td>
  );
});

/** Engineers by day, each visit a block at its time; time off shaded, live holds hatched. */
export function Board() {
  const time = useBusinessTime();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? time.isoDate(new Date());
  const days = params.get('days') === '7' ? 7 : 1;
  const filters = useDispatchFilters().query('area', 'skill');
  const board = useQuery({
    queryKey: ['board', date, days, filters],
    queryFn: () => ok(api.GET('/api/v1/dispatch/board', { params: { query: { date, days, ...filters } } })),
  });
  const navigate = useNavigate();
  const orderHref = useHref('/orders');
  /** A plain click on a visit opens its order inside the app; modified clicks (new tab) stay the browser's. */
  const openVisit = (event: MouseEvent<HTMLTableElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.visit');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(`/orders/${link.dataset.orderId}`);
  };
  const go = (next: { date?: string; days?: number }) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('date', next.date ?? date);
      updated.set('days', String(next.days ?? days));
      return updated;
    });

  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">Board</h1>
      <div className="toolbar" role="group" aria-label="Board dates">
        <button type="button" onClick={() => go({ date: addDays(date, -days) })}>
          ← Earlier
        </button>
        <label>
          From <input type="date" value={date} onChange={(event) => event.target.value && go({ date: event.target.value })} />
        </label>
        <button type="button" onClick={() => go({ date: addDays(date, days) })}>
          Later →
        </button>
        <button type="button" aria-pressed={days === 1} onClick={() => go({ days: 1 })}>
          Day
        </button>
        <button type="button" aria-pressed={days === 7} onClick={() => go({ days: 7 })}>
          Week
        </button>
        <span className="hint">Times in {time.timeZone}</span>
      </div>
      <DispatchFilters error={board.error} />
      <QueryState query={board} what="the board">
        {(data) =>
          data.engineers.length === 0 ? (
            <Empty>No active engineers{filters.area || filters.skill ? ' match the filters' : ''}.</Empty>
          ) : (
            <table className="board" data-days={data.days} onClick={openVisit}>
              <thead>
                <tr>
                  <th scope="col">Engineer</th>
                  {data.engineers[0]!.days.map((day) => (
                    <th scope="col" key={day.date}>
                      {time.day(`${day.date}T12:00:00Z`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.engineers.map((engineer) => (
                  <tr key={engineer.engineerId}>
                    <th scope="row">{engineer.name}</th>
                    {engineer.days.map((day) => (
                      <DayCell key={day.date} day={day} orderHref={orderHref} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
