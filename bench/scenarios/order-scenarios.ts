import { randomUUID } from 'node:crypto';
import { LoadRequest } from '../lib/load';
import { pick } from '../lib/pick';
import { OrderInputs } from './order-inputs';

export const ORDERS_FIRST_PAGE = (): LoadRequest => ({ path: '/api/v1/orders?limit=50' });

export function ordersDeepPage(inputs: OrderInputs): () => LoadRequest {
  return () => ({ path: `/api/v1/orders?limit=50&cursor=${pick(inputs.deepCursors)}` });
}

export function orderById(inputs: OrderInputs): () => LoadRequest {
  return () => ({ path: `/api/v1/orders/${pick(inputs.orderIds)}` });
}

/** A dispatcher looking an order up by a vehicle's registration, typed without its space as people do. */
export function searchByRegistration(inputs: OrderInputs): () => LoadRequest {
  return () => ({ path: `/api/v1/orders?limit=50&q=${encodeURIComponent(pick(inputs.registrations).replace(' ', '').toLowerCase())}` });
}

/** …and by the customer's full name, which a few hundred customers of the seeded data share. */
export function searchByCustomerName(inputs: OrderInputs): () => LoadRequest {
  return () => ({ path: `/api/v1/orders?limit=50&q=${encodeURIComponent(pick(inputs.customerNames))}` });
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';

function plate(): string {
  const letter = () => PLATE_LETTERS[Math.floor(Math.random() * PLATE_LETTERS.length)];
  return `${letter()}${letter()}${10 + Math.floor(Math.random() * 60)} ${letter()}${letter()}${letter()}`;
}

/** A web-shop order: an existing customer, two different products, an Idempotency-Key as the shop sends. */
export function placeOrder(inputs: OrderInputs): () => LoadRequest {
  return () => {
    const first = pick(inputs.productIds);
    let second = pick(inputs.productIds);
    for (let tries = 0; second === first && tries < 10; tries += 1) second = pick(inputs.productIds);
    return {
      method: 'POST',
      path: '/api/v1/orders',
      headers: { 'idempotency-key': `bench-${randomUUID()}` },
      body: JSON.stringify({
        customerId: pick(inputs.customerIds),
        items: [
          { productId: first, quantity: 1 },
          { productId: second, quantity: 1 },
        ],
        vehicle: { registration: plate(), make: 'Ford', model: 'Transit Custom', year: 2021 },
      }),
    };
  };
}
