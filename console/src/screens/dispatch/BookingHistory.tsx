import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { QueryState } from '../../components/ui';

/** What happened to the order's booking, from its audit: made, moved (from when to when), started, cancelled… */
export function BookingHistory({ bookingId }: { bookingId: string }) {
  const time = useBusinessTime();
  const booking = useQuery({ queryKey: ['booking', bookingId], queryFn: () => ok(api.GET('/api/v1/bookings/{id}', { params: { path: { id: bookingId } } })) });
  return (
    <section aria-labelledby="booking-history-title">
      <h2 id="booking-history-title">Booking history</h2>
      <QueryState query={booking} what="the booking's history">
        {(data) => (
          <ol className="history">
            {data.audit.map((entry) => (
              <li key={`${entry.at}:${entry.action}`} data-action={entry.action}>
                {time.dateTime(entry.at)}: {entry.action.replace('_', ' ')}
                {entry.action === 'rescheduled' && entry.oldStart && entry.newStart && ` from ${time.dateTime(entry.oldStart)} to ${time.dateTime(entry.newStart)}`}
                {entry.actorDetails ? ` by ${entry.actorDetails.name}` : ''}
                {entry.reason ? ` (${entry.reason})` : ''}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
