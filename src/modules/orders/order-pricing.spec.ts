import { BusinessRuleError } from '@app/common';
import type { ProductSnapshot } from '../products/products.service';
import { priceOrder } from './order-pricing';

function product(overrides: Partial<ProductSnapshot>): ProductSnapshot {
  return {
    id: 'p1',
    sku: 'DC-100',
    name: 'Dashcam',
    category: 'dashcam',
    priceMinor: 12_999,
    currency: 'GBP',
    requiresInstallation: true,
    installMinutes: 45,
    active: true,
    ...overrides,
  };
}

function failure(run: () => unknown): BusinessRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof BusinessRuleError) return error;
  }
  throw new Error('expected a BusinessRuleError');
}

describe('priceOrder', () => {
  it('prices lines from the catalogue and totals them in minor units', () => {
    const priced = priceOrder(
      [
        { productId: 'p1', quantity: 2 },
        { productId: 'p2', quantity: 1 },
      ],
      [product({}), product({ id: 'p2', sku: 'TR-1', priceMinor: 4_950, requiresInstallation: false, installMinutes: 0 })],
    );
    expect(priced.currency).toBe('GBP');
    expect(priced.totalMinor).toBe(2 * 12_999 + 4_950);
    expect(priced.lines[0]).toMatchObject({ sku: 'DC-100', unitPriceMinor: 12_999, lineTotalMinor: 25_998, quantity: 2 });
    expect(priced.lines[1]).not.toHaveProperty('currency');
  });

  it('names every unknown or inactive line', () => {
    const error = failure(() =>
      priceOrder(
        [
          { productId: 'p1', quantity: 1 },
          { productId: 'missing', quantity: 1 },
          { productId: 'old', quantity: 1 },
        ],
        [product({}), product({ id: 'old', sku: 'OLD-1', active: false })],
      ),
    );
    expect(error.code).toBe('PRODUCT_UNAVAILABLE');
    expect(error.extensions.errors).toEqual([
      { field: 'items.1.productId', message: 'product missing does not exist' },
      { field: 'items.2.productId', message: 'product OLD-1 is no longer sold' },
    ]);
  });

  it('refuses a mix of currencies', () => {
    const error = failure(() =>
      priceOrder(
        [
          { productId: 'p1', quantity: 1 },
          { productId: 'p2', quantity: 1 },
        ],
        [product({}), product({ id: 'p2', currency: 'EUR' })],
      ),
    );
    expect(error.code).toBe('MIXED_CURRENCIES');
  });

  it('refuses a total its integer columns cannot hold', () => {
    const expensive = product({ priceMinor: 2_147_483_647 });
    expect(priceOrder([{ productId: 'p1', quantity: 1 }], [expensive]).totalMinor).toBe(2_147_483_647);
    const error = failure(() => priceOrder([{ productId: 'p1', quantity: 2 }], [expensive]));
    expect(error.code).toBe('ORDER_TOTAL_TOO_LARGE');
    expect(error.extensions.errors).toEqual([expect.objectContaining({ field: 'items' })]);
  });
});
