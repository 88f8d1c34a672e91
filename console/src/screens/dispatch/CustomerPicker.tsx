import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';

type Customer = Schemas['CustomerResponse'];

/** Finds an existing customer by name, email or postcode; none chosen means a new one. */
export function CustomerPicker({ selected, onSelect }: { selected: Customer | undefined; onSelect(customer: Customer | undefined): void }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['customers', search],
    queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { q: search, limit: 10 } } })),
    enabled: search.trim().length >= 2 && !selected,
  });
  if (selected) {
    return (
      <p>
        Existing customer: <strong>{selected.name}</strong> ({selected.email}, {selected.address.postcode}){' '}
        <button type="button" onClick={() => onSelect(undefined)}>
          Use a new customer instead
        </button>
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>Find an existing customer (or fill in a new one below)</label>
      <input id={id} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      {found.data && (
        <ul className="choices" aria-label="Matching customers">
          {found.data.items.length === 0 && <li>No customer matches.</li>}
          {found.data.items.map((customer) => (
            <li key={customer.id}>
              <button type="button" onClick={() => onSelect(customer)}>
                {customer.name}, {customer.email}, {customer.address.postcode}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
