/** What an empty database needs before orders can be placed through the API: a product an engineer fits, a customer. */

async function postJson(baseUrl: string, path: string, headers: Record<string, string>, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as { id: string };
}

export async function createInstallableProduct(baseUrl: string, headers: Record<string, string>, sku: string): Promise<string> {
  const product = await postJson(baseUrl, '/api/v1/products', headers, {
    sku,
    name: 'Bench dual-lens dash cam',
    category: 'dashcam',
    priceMinor: 14999,
    currency: 'GBP',
    requiresInstallation: true,
    installMinutes: 60,
  });
  return product.id;
}

export async function createCustomer(baseUrl: string, headers: Record<string, string>, email: string): Promise<string> {
  const customer = await postJson(baseUrl, '/api/v1/customers', headers, {
    name: 'Bench Fleet Ltd',
    email,
    phone: '+44 20 7946 0000',
    address: { line1: '1 Bench Street', city: 'London', postcode: 'NW1 6XE' },
  });
  return customer.id;
}

/** An order of one installable product; the Idempotency-Key goes in the notes too, so the database tells which request made each order. */
export function installableOrderBody(customerId: string, productId: string): (idempotencyKey: string) => string {
  return (idempotencyKey) =>
    JSON.stringify({
      customerId,
      items: [{ productId, quantity: 1 }],
      vehicle: { registration: 'AB12 CDE', make: 'Ford', model: 'Transit Custom', year: 2021 },
      notes: idempotencyKey,
    });
}
