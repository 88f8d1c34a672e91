import { MixedCurrenciesError, OrderTotalTooLargeError, ProductUnavailableError } from './orders.errors';
import type { ProductSnapshot } from '../products/products.service';

export interface RequestedLine {
  productId: string;
  quantity: number;
}

export interface PricedLine extends RequestedLine {
  sku: string;
  name: string;
  category: string;
  unitPriceMinor: number;
  lineTotalMinor: number;
  requiresInstallation: boolean;
  installMinutes: number;
}

/** The largest amount the orders' integer money columns hold (PostgreSQL `integer`). */
export const MAX_ORDER_TOTAL_MINOR = 2_147_483_647;

export interface PricedOrder {
  lines: PricedLine[];
  currency: string;
  totalMinor: number;
}

/** How errors name a line of the request (`items.0`, `vehicles.2.items.0`) and the lines as a whole. */
export interface LineFields {
  line(index: number): string;
  all: string;
}

const V1_FIELDS: LineFields = { line: (index) => `items.${index}`, all: 'items' };

/**
 * Prices the requested lines from the catalogue — never from the client. Unknown or
 * inactive products and a mix of currencies are refused, naming the offending line.
 */
export function priceOrder(requested: RequestedLine[], catalogue: ProductSnapshot[], fields: LineFields = V1_FIELDS): PricedOrder {
  const byId = new Map(catalogue.map((product) => [product.id, product]));
  const unsellable = requested.flatMap((line, index) => {
    const product = byId.get(line.productId);
    if (!product) return [{ field: `${fields.line(index)}.productId`, message: `product ${line.productId} does not exist` }];
    if (!product.active) return [{ field: `${fields.line(index)}.productId`, message: `product ${product.sku} is no longer sold` }];
    return [];
  });
  if (unsellable.length > 0) {
    throw new ProductUnavailableError(unsellable);
  }

  const lines = requested.map((line) => {
    const product = byId.get(line.productId)!;
    return {
      ...line,
      sku: product.sku,
      name: product.name,
      category: product.category,
      unitPriceMinor: product.priceMinor,
      lineTotalMinor: product.priceMinor * line.quantity,
      requiresInstallation: product.requiresInstallation,
      installMinutes: product.installMinutes,
      currency: product.currency,
    };
  });

  const currencies = [...new Set(lines.map((line) => line.currency))];
  if (currencies.length > 1) {
    throw new MixedCurrenciesError(
      currencies,
      lines.map((line, index) => ({ field: `${fields.line(index)}.productId`, message: `priced in ${line.currency}` })),
    );
  }

  // Quantity × unit price, summed, must fit the columns it is stored in: 422, never a database error.
  const totalMinor = lines.reduce((sum, line) => sum + line.lineTotalMinor, 0);
  if (totalMinor > MAX_ORDER_TOTAL_MINOR) {
    throw new OrderTotalTooLargeError(MAX_ORDER_TOTAL_MINOR, fields.all);
  }

  return {
    lines: lines.map(({ currency: _currency, ...line }) => line),
    currency: currencies[0]!,
    totalMinor,
  };
}
