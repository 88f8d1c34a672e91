import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, QueryState } from '../../components/ui';
import { formatMoney } from '../../components/money';
import { BookingHistory } from './BookingHistory';
import { BookingPanel } from './BookingPanel';

type Order = Schemas['OrderV2DetailResponse'];

export function useOrder(id: string) {
  return useQuery({ queryKey: ['order', id], queryFn: () => ok(api.GET('/api/v2/orders/{id}', { params: { path: { id } } })) });
}

/** Each vehicle of an order: its lines, its task, and what was fitted (the installation record). */
export function OrderVehicles({ order }: { order: Order }) {
  const time = useBusinessTime();
  return (
    <>
      {order.vehicles.map((vehicle) => (
        <article key={vehicle.vehicleId} className="card vehicle" aria-label={`Vehicle ${vehicle.registration}`}>
          <h3>
            {vehicle.registration} <small>{[vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' ')}</small>
          </h3>
          <table className="list">
            <caption>Lines</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Quantity</th>
                <th scope="col">Install</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {vehicle.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.name} <small>{item.sku}</small>
                  </td>
                  <td>{item.quantity}</td>
                  <td>{item.requiresInstallation ? `${item.installMinutes} min each` : '—'}</td>
                  <td>{formatMoney(item.lineTotalMinor, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Task: {vehicle.task ? <span className={`status status-${vehicle.task.status}`} data-task-status={vehicle.task.status}>{vehicle.task.status}</span> : 'none (nothing to install)'}
            {vehicle.task && ` · ${vehicle.task.estimatedMinutes} min`}
          </p>
          <h4>Installation record</h4>
          {vehicle.devices.length === 0 ? (
            <Empty>No device fitted yet.</Empty>
          ) : (
            <table className="list devices">
              <thead>
                <tr>
                  <th scope="col">IMEI</th>
                  <th scope="col">ICCID</th>
                  <th scope="col">Serial</th>
                  <th scope="col">Position</th>
                  <th scope="col">Fitted</th>
                </tr>
              </thead>
              <tbody>
                {vehicle.devices.map((device) => (
                  <tr key={device.id}>
                    <td>{device.imei ?? '—'}</td>
                    <td>{device.iccid ?? '—'}</td>
                    <td>{device.serial ?? '—'}</td>
                    <td>{device.position ?? '—'}</td>
                    <td>{time.dateTime(device.fittedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </>
  );
}

/** Everything about one order a dispatcher acts on. */
export default function OrderPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const time = useBusinessTime();
  return (
    <QueryState query={order} what="the order">
      {(data) => (
        <section aria-labelledby="order-title">
          <h1 id="order-title">
            Order {data.number}{' '}
            <span className={`status status-${data.status}`} data-order-status={data.status}>
              {data.status}
            </span>
          </h1>
          <div className="columns">
            <article className="card" aria-label="Customer">
              <h2>Customer</h2>
              <p>
                <strong>{data.customer.name}</strong>
                <br />
                {data.customer.email} · {data.customer.phone}
              </p>
              <p>
                Installation at {data.installationAddress.line1}
                {data.installationAddress.line2 ? `, ${data.installationAddress.line2}` : ''}, {data.installationAddress.city} {data.installationAddress.postcode}
              </p>
              <p>
                Priority {data.priority} · due by {data.dueBy} · total {formatMoney(data.totalMinor, data.currency)}
              </p>
              {data.notes && <p>Notes: {data.notes}</p>}
              {data.cancellationReason && <p>Cancelled: {data.cancellationReason}</p>}
            </article>
            <BookingPanel order={data} />
          </div>
          <h2>Vehicles</h2>
          <OrderVehicles order={data} />
          <h2>History</h2>
          <ol className="history">
            {data.history.map((change) => (
              <li key={`${change.at}:${change.toStatus}`}>
                {time.dateTime(change.at)}: {change.fromStatus ? `${change.fromStatus} → ` : ''}
                {change.toStatus}
                {change.actor ? ` by ${change.actor.name}` : ''}
                {change.reason ? ` (${change.reason})` : ''}
              </li>
            ))}
          </ol>
          {data.booking && <BookingHistory bookingId={data.booking.id} />}
        </section>
      )}
    </QueryState>
  );
}
