import { DEVICE_IDENTIFIERS, DeviceIdentifier, FieldError } from '@app/common';

/** A product of the task's installable lines and how many units of it were fitted. */
export interface UnitsToRecord {
  productId: string;
  sku: string;
  quantity: number;
  identifiers: readonly DeviceIdentifier[];
}

export interface ReportedDevice {
  productId: string;
  imei?: string | null;
  iccid?: string | null;
  serial?: string | null;
  position?: string | null;
}

/**
 * Checks the devices reported on completing a task against what it fits: one entry per unit
 * of each product that declares identifiers, each with exactly the identifiers its product
 * declares, no identifier twice. Answers every error, naming `devices.N.field`; a missing
 * entry is named by the index it would have had.
 */
export function checkReportedDevices(devices: readonly ReportedDevice[], units: readonly UnitsToRecord[]): FieldError[] {
  const errors: FieldError[] = [];
  const remaining = new Map(units.filter((unit) => unit.identifiers.length > 0).map((unit) => [unit.productId, { ...unit }]));
  const products = new Map(units.map((unit) => [unit.productId, unit]));
  const seen = new Map<string, number>();
  devices.forEach((device, index) => {
    const field = `devices.${index}`;
    const product = products.get(device.productId);
    const left = remaining.get(device.productId);
    if (!product) {
      errors.push({ field: `${field}.productId`, message: 'this task fits no such product' });
      return;
    }
    if (product.identifiers.length === 0) {
      errors.push({ field: `${field}.productId`, message: `product ${product.sku} is fitted without identifiers: leave it out` });
      return;
    }
    if (!left || left.quantity === 0) {
      errors.push({ field: `${field}.productId`, message: `more units of ${product.sku} than the ${product.quantity} this task fits` });
      return;
    }
    left.quantity -= 1;
    for (const name of DEVICE_IDENTIFIERS) {
      const value = device[name] ?? undefined;
      const declared = product.identifiers.includes(name);
      if (declared && value === undefined) errors.push({ field: `${field}.${name}`, message: `${name} is required for ${product.sku}` });
      if (!declared && value !== undefined) errors.push({ field: `${field}.${name}`, message: `${product.sku} is recorded without ${name}` });
      if (declared && value !== undefined) {
        const earlier = seen.get(`${name}:${value}`);
        if (earlier !== undefined) errors.push({ field: `${field}.${name}`, message: `the same ${name} as devices.${earlier}` });
        else seen.set(`${name}:${value}`, index);
      }
    }
  });
  let next = devices.length;
  for (const unit of remaining.values()) {
    for (let missing = 0; missing < unit.quantity; missing += 1) {
      errors.push({ field: `devices.${next}.productId`, message: `a unit of ${unit.sku} (${unit.productId}) is missing: ${unit.identifiers.join(', ')} to record` });
      next += 1;
    }
  }
  return errors;
}
