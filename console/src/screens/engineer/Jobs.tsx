import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, QueryState } from '../../components/ui';

const DAY_MS = 24 * 60 * 60 * 1000;

export function useMyEngineer() {
  return useQuery({ queryKey: ['me', 'engineer'], queryFn: () => ok(api.GET('/api/v1/me/engineer')), staleTime: 5 * 60_000 });
}

function CalendarLink({ engineerId }: { engineerId: string }) {
  const feed = useQuery({
    queryKey: ['calendar-feed', engineerId],
    queryFn: () => ok(api.GET('/api/v1/engineers/{id}/calendar-feed', { params: { path: { id: engineerId } } })),
  });
  return (
    <p>
      Calendar: {feed.data ? <a href={feed.data.url}>subscribe to your jobs</a> : 'loading…'}
      {feed.data && (
        <>
          {' '}
          <small>(add this address to your calendar app: <code>{feed.data.url}</code>)</small>
        </>
      )}
    </p>
  );
}

/** Today's and the coming four weeks' visits of the signed-in engineer. */
export default function Jobs() {
  const time = useBusinessTime();
  const me = useMyEngineer();
  const today = time.isoDate(new Date());
  const schedule = useQuery({
    queryKey: ['schedule', me.data?.id],
    enabled: me.data !== undefined,
    queryFn: () => {
      // From yesterday (a visit under way since before midnight) over the next four weeks: inside the API's 31-day window.
      const now = Date.now();
      const from = new Date(now - DAY_MS).toISOString();
      const to = new Date(now + 28 * DAY_MS).toISOString();
      return ok(api.GET('/api/v1/engineers/{id}/schedule', { params: { path: { id: me.data!.id }, query: { from, to } } }));
    },
  });
  return (
    <section aria-labelledby="jobs-title">
      <h1 id="jobs-title">My jobs</h1>
      {me.data && <CalendarLink engineerId={me.data.id} />}
      <QueryState query={schedule} what="your jobs">
        {(data) => {
          const visits = data.visits.filter((visit) => visit.status === 'scheduled' || time.isoDate(visit.start) >= today);
          if (visits.length === 0) return <Empty>No jobs booked.</Empty>;
          return (
            <ul className="jobs">
              {visits.map((visit) => (
                <li key={`${visit.bookingId}:${visit.visitNumber}`}>
                  <Link to={`/jobs/${visit.bookingId}`} data-booking-id={visit.bookingId}>
                    {time.isoDate(visit.start) === today ? 'Today' : time.day(visit.start)} {time.time(visit.start)}–{time.time(visit.end)}
                  </Link>{' '}
                  {visit.visitCount > 1 && `(visit ${visit.visitNumber} of ${visit.visitCount}) `}
                  <span className={`status status-${visit.status}`}>{visit.status}</span>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}
