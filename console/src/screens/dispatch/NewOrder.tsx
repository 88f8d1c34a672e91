import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { ProblemBanner, SelectField, TextField } from '../../components/ui';
import { CustomerPicker } from './CustomerPicker';

type Customer = Schemas['CustomerResponse'];

interface LineDraft {
  productId: string;
  quantity: string;
}

interface VehicleDraft {
  registration: string;
  make: string;
  model: string;
  year: string;
  lines: LineDraft[];
}

const NEW_CUSTOMER = { name: '', email: '', phone: '', line1: '', city: '', postcode: '' };
const emptyVehicle = (): VehicleDraft => ({ registration: '', make: '', model: '', year: '', lines: [{ productId: '', quantity: '1' }] });

/** Places an order (v2): one customer, several vehicles, each with its own lines. */
export default function NewOrder() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [existing, setExisting] = useState<Customer | undefined>();
  const [customer, setCustomer] = useState(NEW_CUSTOMER);
  const [priority, setPriority] = useState<Schemas['OrderPriority']>('standard');
  const [notes, setNotes] = useState('');
  const [vehicles, setVehicles] = useState<VehicleDraft[]>([emptyVehicle()]);
  const products = useQuery({
    queryKey: ['products', 'active'],
    queryFn: () => ok(api.GET('/api/v1/products', { params: { query: { active: true, limit: 100 } } })),
  });

  const place = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v2/orders', {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body: {
            ...(existing
              ? { customerId: existing.id }
              : { customer: { name: customer.name, email: customer.email, phone: customer.phone, address: { line1: customer.line1, city: customer.city, postcode: customer.postcode } } }),
            priority,
            ...(notes ? { notes } : {}),
            vehicles: vehicles.map((vehicle) => ({
              vehicle: { registration: vehicle.registration, make: vehicle.make, model: vehicle.model, year: Number(vehicle.year) },
              items: vehicle.lines.map((line) => ({ productId: line.productId, quantity: Number(line.quantity) })),
            })),
          },
        }),
      ),
    onSuccess: (order) => {
      void queryClient.invalidateQueries({ queryKey: ['queue'] });
      void navigate(`/orders/${order.id}`);
    },
  });

  const error = place.error;
  const setVehicle = (index: number, change: Partial<VehicleDraft>) => setVehicles((all) => all.map((vehicle, at) => (at === index ? { ...vehicle, ...change } : vehicle)));
  const setLine = (index: number, lineIndex: number, change: Partial<LineDraft>) =>
    setVehicles((all) => all.map((vehicle, at) => (at === index ? { ...vehicle, lines: vehicle.lines.map((line, l) => (l === lineIndex ? { ...line, ...change } : line)) } : vehicle)));

  function submit(event: FormEvent) {
    event.preventDefault();
    place.mutate();
  }

  const customerField = (key: keyof typeof NEW_CUSTOMER, label: string, name: string, type = 'text') => (
    <TextField label={label} name={name} type={type} value={customer[key]} onChange={(event) => setCustomer({ ...customer, [key]: event.target.value })} error={error} />
  );

  return (
    <section aria-labelledby="new-order-title">
      <h1 id="new-order-title">New order</h1>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>Customer</legend>
          <CustomerPicker selected={existing} onSelect={setExisting} />
          {!existing && (
            <div className="grid">
              {customerField('name', 'Name', 'customer.name')}
              {customerField('email', 'Email', 'customer.email', 'email')}
              {customerField('phone', 'Phone', 'customer.phone', 'tel')}
              {customerField('line1', 'Address line 1', 'customer.address.line1')}
              {customerField('city', 'City', 'customer.address.city')}
              {customerField('postcode', 'Postcode', 'customer.address.postcode')}
            </div>
          )}
        </fieldset>
        <div className="grid">
          <SelectField label="Priority" name="priority" value={priority} onChange={(event) => setPriority(event.target.value as Schemas['OrderPriority'])} error={error}>
            <option value="standard">standard</option>
            <option value="urgent">urgent</option>
          </SelectField>
          <TextField label="Notes" name="notes" value={notes} onChange={(event) => setNotes(event.target.value)} error={error} />
        </div>
        {vehicles.map((vehicle, index) => (
          <fieldset key={index} className="vehicle-draft">
            <legend>Vehicle {index + 1}</legend>
            <div className="grid">
              <TextField label="Registration" name={`vehicles.${index}.vehicle.registration`} value={vehicle.registration} onChange={(event) => setVehicle(index, { registration: event.target.value })} error={error} />
              <TextField label="Make" name={`vehicles.${index}.vehicle.make`} value={vehicle.make} onChange={(event) => setVehicle(index, { make: event.target.value })} error={error} />
              <TextField label="Model" name={`vehicles.${index}.vehicle.model`} value={vehicle.model} onChange={(event) => setVehicle(index, { model: event.target.value })} error={error} />
              <TextField label="Year" name={`vehicles.${index}.vehicle.year`} inputMode="numeric" value={vehicle.year} onChange={(event) => setVehicle(index, { year: event.target.value })} error={error} />
            </div>
            {vehicle.lines.map((line, lineIndex) => (
              <div className="grid" key={lineIndex}>
                <SelectField label={`Product ${lineIndex + 1}`} name={`vehicles.${index}.items.${lineIndex}.productId`} value={line.productId} onChange={(event) => setLine(index, lineIndex, { productId: event.target.value })} error={error}>
                  <option value="">Choose a product…</option>
                  {(products.data?.items ?? []).map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.name} ({product.sku})
                    </option>
                  ))}
                </SelectField>
                <TextField label={`Quantity ${lineIndex + 1}`} name={`vehicles.${index}.items.${lineIndex}.quantity`} inputMode="numeric" value={line.quantity} onChange={(event) => setLine(index, lineIndex, { quantity: event.target.value })} error={error} />
              </div>
            ))}
            <button type="button" onClick={() => setVehicle(index, { lines: [...vehicle.lines, { productId: '', quantity: '1' }] })}>
              Add a product line
            </button>
            {vehicles.length > 1 && (
              <button type="button" onClick={() => setVehicles((all) => all.filter((_, at) => at !== index))}>
                Remove vehicle {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" onClick={() => setVehicles((all) => [...all, emptyVehicle()])}>
          Add a vehicle
        </button>
        <ProblemBanner error={error} shownFields={shownFields(vehicles)} />
        <button type="submit" className="primary" disabled={place.isPending}>
          {place.isPending ? 'Placing…' : 'Place order'}
        </button>
      </form>
    </section>
  );
}

/** The fields this form has an input for: their errors stand beside them, the rest in the banner. */
function shownFields(vehicles: VehicleDraft[]): string[] {
  const customer = ['customer.name', 'customer.email', 'customer.phone', 'customer.address.line1', 'customer.address.city', 'customer.address.postcode'];
  return [
    ...customer,
    'priority',
    'notes',
    ...vehicles.flatMap((vehicle, index) => [
      ...['registration', 'make', 'model', 'year'].map((key) => `vehicles.${index}.vehicle.${key}`),
      ...vehicle.lines.flatMap((_, line) => [`vehicles.${index}.items.${line}.productId`, `vehicles.${index}.items.${line}.quantity`]),
    ]),
  ];
}
