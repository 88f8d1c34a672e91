import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, ProblemBanner, QueryState } from '../../components/ui';

/** Events some listener gave up on, each with its deliveries' last errors, and a re-send. */
export default function Events() {
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const events = useQuery({ queryKey: ['events', 'failed'], queryFn: () => ok(api.GET('/api/v1/admin/events', { params: { query: { status: 'failed', limit: 100 } } })) });
  const retry = useMutation({
    mutationFn: (id: string) => ok(api.POST('/api/v1/admin/events/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">Failed events</h1>
      <ProblemBanner error={retry.error} />
      <QueryState query={events} what="failed events">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No failed events.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Of</th>
                  <th scope="col">Raised</th>
                  <th scope="col">Deliveries</th>
                  <th scope="col">Re-send</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((event) => (
                  <tr key={event.id}>
                    <td>{event.eventName}</td>
                    <td>
                      {event.aggregateType} {event.aggregateId}
                    </td>
                    <td>{time.dateTime(event.createdAt)}</td>
                    <td>
                      <ul>
                        {event.deliveries.map((delivery) => (
                          <li key={delivery.listener}>
                            {delivery.listener}: {delivery.status}
                            {delivery.lastError ? ` (${delivery.lastError})` : ''}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <button type="button" onClick={() => retry.mutate(event.id)} disabled={retry.isPending}>
                        Re-send {event.eventName}
                      </button>
                    </td>
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
