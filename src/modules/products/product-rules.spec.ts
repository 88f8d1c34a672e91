import { CATEGORY_PATTERN, SKU_PATTERN, assertInstallationDuration } from './product-rules';

describe('assertInstallationDuration', () => {
  it('accepts a product that needs no fitting, whatever its minutes', () => {
    expect(() => assertInstallationDuration({ requiresInstallation: false, installMinutes: 0 })).not.toThrow();
    expect(() => assertInstallationDuration({ requiresInstallation: false, installMinutes: 30 })).not.toThrow();
  });

  it('accepts a fitted product with a duration', () => {
    expect(() => assertInstallationDuration({ requiresInstallation: true, installMinutes: 1 })).not.toThrow();
  });

  it('rejects a fitted product without a duration, naming installMinutes', () => {
    expect(() => assertInstallationDuration({ requiresInstallation: true, installMinutes: 0 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'installMinutes' })] }),
    );
  });
});

describe('SKU_PATTERN', () => {
  it.each(['DC-200', 'TRK1', 'FC-4G-PRO'])('accepts %s', (sku) => expect(SKU_PATTERN.test(sku)).toBe(true));
  it.each(['dc-200', 'DC 200', '-DC', 'DC-', 'DC--200', ''])('rejects %j', (sku) => expect(SKU_PATTERN.test(sku)).toBe(false));
});

describe('CATEGORY_PATTERN', () => {
  it.each(['dashcam', 'fleet-camera', '4g-tracker'])('accepts %s', (category) => expect(CATEGORY_PATTERN.test(category)).toBe(true));
  it.each(['Dashcam', 'fleet_camera', 'fleet camera', '-tracker', ''])('rejects %j', (category) =>
    expect(CATEGORY_PATTERN.test(category)).toBe(false),
  );
});
