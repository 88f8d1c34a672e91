import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, QueryState } from '../../components/ui';
import { DispatchFilters, useDispatchFilters } from './DispatchFilters';

/** Unbooked work, most pressing first, as the API orders it. */
export default function Queue() {
  const time = useBusinessTime();
  const { priority, ...filters } = useDispatchFilters().query('area', 'skill', 'priority');
  const queue = useInfiniteQuery({
    queryKey: ['queue', filters, priority],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => ok(api.GET('/api/v1/dispatch/queue', { params: { query: { limit: 50, ...filters, ...(priority === 'urgent' || priority === 'standard' ? { priority } : {}), ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Queue</h1>
      <DispatchFilters error={queue.error} withPriority />
      <QueryState query={queue} what="the queue">
        {(data) => {
          const entries = data.pages.flatMap((page) => page.items);
          if (entries.length === 0) return <Empty>Nothing waiting to be booked.</Empty>;
          return (
            <>
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">Order</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Postcode</th>
                    <th scope="col">Priority</th>
                    <th scope="col">Vehicles</th>
                    <th scope="col">Tasks</th>
                    <th scope="col">Minutes</th>
                    <th scope="col">Skills</th>
                    <th scope="col">Due by</th>
                    <th scope="col">Placed</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.orderId} className={entry.overdue ? 'overdue' : undefined}>
                      <td>
                        <Link to={`/orders/${entry.orderId}`}>{entry.orderNumber}</Link>
                      </td>
                      <td>{entry.customerName}</td>
                      <td>{entry.postcode}</td>
                      <td>{entry.priority}</td>
                      <td>{entry.vehicleCount}</td>
                      <td>
                        {entry.taskCount}
                        {entry.failedVisitCount > 0 && ` (${entry.failedVisitCount} failed visit${entry.failedVisitCount > 1 ? 's' : ''})`}
                      </td>
                      <td>{entry.totalMinutes}</td>
                      <td>{entry.requiredSkills.join(', ')}</td>
                      <td>
                        {entry.dueBy}
                        {entry.overdue && <strong> overdue</strong>}
                      </td>
                      <td>{time.dateTime(entry.placedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {queue.hasNextPage && (
                <button type="button" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
                  {queue.isFetchingNextPage ? 'Loading…' : 'More'}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
