import type TestAgent from 'supertest/lib/agent';

let sequence = 0;

function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}${process.pid % 1000}${sequence}`;
}

export interface ProductFixture {
  id: string;
  sku: string;
  priceMinor: number;
  currency: string;
  installMinutes: number;
}

/** Creates a catalogue product through the API (installable dashcam unless overridden). */
export async function createProduct(http: TestAgent, overrides: Record<string, unknown> = {}): Promise<ProductFixture> {
  const response = await http
    .post('/api/v1/products')
    .send({
      sku: unique('FX-'),
      name: 'Fixture dashcam',
      category: 'dashcam',
      priceMinor: 12_999,
      currency: 'GBP',
      requiresInstallation: true,
      installMinutes: 45,
      ...overrides,
    })
    .expect(201);
  return response.body as ProductFixture;
}

export const INLINE_CUSTOMER = {
  name: 'Jane Driver',
  email: 'jane.driver@example.com',
  phone: '+44 7911 123456',
  address: { line1: '1 High Street', city: 'London', postcode: 'sw1a 1aa' },
};

export const VEHICLE = { registration: 'ab12cde', make: 'Ford', model: 'Transit Custom', year: 2021 };

/** A valid POST /api/v1/orders body for the given products, one of each. */
export function orderRequest(products: ProductFixture[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customer: INLINE_CUSTOMER,
    items: products.map((product) => ({ productId: product.id, quantity: 1 })),
    vehicle: VEHICLE,
    ...overrides,
  };
}

/** Like supertest's `.expect(status)`, but a failure shows the problem document returned. */
export function expectStatus<T extends { status: number; body: unknown }>(response: T, status: number): T {
  if (response.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response;
}
