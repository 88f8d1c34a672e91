import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { formatMoney } from '../../components/money';
import { Empty, ProblemBanner, QueryState, TextField } from '../../components/ui';

type Identifier = Schemas['DeviceIdentifier'];
const IDENTIFIERS: Identifier[] = ['imei', 'iccid', 'serial'];
const BLANK = { sku: '', name: '', category: '', priceMinor: '', currency: 'GBP', installMinutes: '0', requiresInstallation: true, identifiers: [] as Identifier[] };

function NewProduct() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(BLANK);
  const create = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/products', {
          body: { ...draft, priceMinor: Number(draft.priceMinor), installMinutes: Number(draft.installMinutes), identifiers: draft.identifiers },
        }),
      ),
    onSuccess: () => {
      setDraft(BLANK);
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
  });
  const text = (key: 'sku' | 'name' | 'category' | 'priceMinor' | 'currency' | 'installMinutes', label: string) => (
    <TextField label={label} name={key} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} error={create.error} />
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="New product">
      <h2>New product</h2>
      <div className="grid">
        {text('sku', 'SKU')}
        {text('name', 'Name')}
        {text('category', 'Category')}
        {text('priceMinor', 'Price (minor units, e.g. pence)')}
        {text('currency', 'Currency')}
        {text('installMinutes', 'Install minutes')}
      </div>
      <label>
        <input type="checkbox" checked={draft.requiresInstallation} onChange={(event) => setDraft({ ...draft, requiresInstallation: event.target.checked })} /> Requires installation
      </label>
      <fieldset>
        <legend>Identifiers recorded for each fitted unit</legend>
        {IDENTIFIERS.map((identifier) => (
          <label key={identifier}>
            <input
              type="checkbox"
              checked={draft.identifiers.includes(identifier)}
              onChange={(event) => setDraft({ ...draft, identifiers: event.target.checked ? [...draft.identifiers, identifier] : draft.identifiers.filter((entry) => entry !== identifier) })}
            />{' '}
            {identifier}
          </label>
        ))}
      </fieldset>
      <ProblemBanner error={create.error} shownFields={['sku', 'name', 'category', 'priceMinor', 'currency', 'installMinutes']} />
      <button type="submit">Add product</button>
    </form>
  );
}

export default function Products() {
  const queryClient = useQueryClient();
  const products = useQuery({ queryKey: ['products', 'all'], queryFn: () => ok(api.GET('/api/v1/products', { params: { query: { limit: 100 } } })) });
  const deactivate = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/products/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['products'] }),
  });
  return (
    <section aria-labelledby="products-title">
      <h1 id="products-title">Products</h1>
      <QueryState query={products} what="products">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No products.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">SKU</th>
                  <th scope="col">Name</th>
                  <th scope="col">Category</th>
                  <th scope="col">Price</th>
                  <th scope="col">Install</th>
                  <th scope="col">Identifiers</th>
                  <th scope="col">Active</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((product) => (
                  <tr key={product.id}>
                    <td>{product.sku}</td>
                    <td>{product.name}</td>
                    <td>{product.category}</td>
                    <td>{formatMoney(product.priceMinor, product.currency)}</td>
                    <td>{product.requiresInstallation ? `${product.installMinutes} min` : '—'}</td>
                    <td>{(product.identifiers ?? []).join(', ') || '—'}</td>
                    <td>
                      {product.active ? (
                        <button type="button" onClick={() => deactivate.mutate(product.id)}>
                          Deactivate {product.sku}
                        </button>
                      ) : (
                        'no'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <ProblemBanner error={deactivate.error} />
      <NewProduct />
    </section>
  );
}
