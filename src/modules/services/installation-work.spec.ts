import type { PlacedOrderLine } from '../orders/events/order-placed.event';
import { installationWorkFor } from './installation-work';

function line(overrides: Partial<PlacedOrderLine>): PlacedOrderLine {
  return {
    productId: 'product-1',
    sku: 'SKU-1',
    category: 'dashcam',
    quantity: 1,
    requiresInstallation: true,
    installMinutes: 60,
    ...overrides,
  };
}

describe('installationWorkFor', () => {
  it('sums install minutes times quantity over the installable lines only', () => {
    const work = installationWorkFor([
      line({ category: 'tracker', installMinutes: 45, quantity: 2 }),
      line({ category: 'dashcam', installMinutes: 30, quantity: 1 }),
      line({ category: 'accessory', installMinutes: 90, quantity: 3, requiresInstallation: false }),
    ]);
    expect(work).toEqual({ estimatedMinutes: 120, requiredSkills: ['dashcam', 'tracker'] });
  });

  it('lists each required skill once', () => {
    const work = installationWorkFor([line({ category: 'tracker' }), line({ category: 'tracker', quantity: 2 })]);
    expect(work?.requiredSkills).toEqual(['tracker']);
    expect(work?.estimatedMinutes).toBe(180);
  });

  it('needs no installation when no line is installable', () => {
    expect(installationWorkFor([line({ requiresInstallation: false })])).toBeNull();
    expect(installationWorkFor([])).toBeNull();
  });
});
