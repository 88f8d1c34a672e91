import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { Empty, QueryState } from '../../components/ui';

function CustomerVehicles({ customer }: { customer: Schemas['CustomerResponse'] }) {
  const vehicles = useQuery({
    queryKey: ['customer-vehicles', customer.id],
    queryFn: () => ok(api.GET('/api/v1/customers/{customerId}/vehicles', { params: { path: { customerId: customer.id }, query: { limit: 100 } } })),
  });
  return (
    <QueryState query={vehicles} what="the vehicles">
      {(data) =>
        data.items.length === 0 ? (
          <Empty>No vehicles.</Empty>
        ) : (
          <ul>
            {data.items.map((vehicle) => (
              <li key={vehicle.id}>
                {vehicle.registration} {vehicle.make} {vehicle.model} · {vehicle.devices.length} device{vehicle.devices.length === 1 ? '' : 's'}
                {vehicle.devices.map((device) => (
                  <small key={device.id}> · IMEI {device.imei ?? '—'}</small>
                ))}
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}

/** Customers by name, e-mail, phone or postcode; orders by number, registration or postcode. */
export default function Search() {
  const id = useId();
  const [text, setText] = useState('');
  const q = text.trim();
  const customers = useQuery({ queryKey: ['customers', q], queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { q, limit: 20 } } })), enabled: q.length >= 3 });
  const orders = useQuery({ queryKey: ['orders', q], queryFn: () => ok(api.GET('/api/v2/orders', { params: { query: { q, limit: 20 } } })), enabled: q.length >= 3 });
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Customers and vehicles</h1>
      <div className="field">
        <label htmlFor={id}>Search by name, e-mail, phone, postcode, registration or order number</label>
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {q.length < 3 ? (
        <Empty>Type at least 3 characters.</Empty>
      ) : (
        <div className="columns">
          <div>
            <h2>Customers</h2>
            <QueryState query={customers} what="customers">
              {(data) =>
                data.items.length === 0 ? (
                  <Empty>No customer matches.</Empty>
                ) : (
                  data.items.map((customer) => (
                    <article key={customer.id} className="card">
                      <h3>{customer.name}</h3>
                      <p>
                        {customer.email} · {customer.phone} · {customer.address.postcode}
                      </p>
                      <CustomerVehicles customer={customer} />
                    </article>
                  ))
                )
              }
            </QueryState>
          </div>
          <div>
            <h2>Orders</h2>
            <QueryState query={orders} what="orders">
              {(data) =>
                data.items.length === 0 ? (
                  <Empty>No order matches.</Empty>
                ) : (
                  <ul>
                    {data.items.map((order) => (
                      <li key={order.id}>
                        <Link to={`/orders/${order.id}`}>{order.number}</Link> {order.status} · {order.vehicles.map((vehicle) => vehicle.registration).join(', ')}
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryState>
          </div>
        </div>
      )}
    </section>
  );
}
