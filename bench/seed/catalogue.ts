import { Random } from '../lib/random';

export interface CatalogueProduct {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  requiresInstallation: boolean;
  installMinutes: number;
  active: boolean;
}

interface Family {
  prefix: string;
  label: string;
  category: string;
  count: number;
  installMinutes: readonly number[];
  priceMinor: readonly [number, number];
}

/** 32 fitted products and 18 that are posted only: 50 in all, as the issue asks. */
const FAMILIES: readonly Family[] = [
  { prefix: 'DC', label: 'dashcam', category: 'dashcam', count: 10, installMinutes: [45, 60, 75, 90], priceMinor: [9999, 34999] },
  { prefix: 'TR', label: 'GPS tracker', category: 'tracker', count: 8, installMinutes: [40, 45, 60], priceMinor: [8999, 29999] },
  { prefix: 'FC', label: 'fleet camera kit', category: 'fleet-camera', count: 8, installMinutes: [60, 75, 90], priceMinor: [24999, 59999] },
  { prefix: 'IM', label: 'immobiliser', category: 'immobiliser', count: 6, installMinutes: [60, 90], priceMinor: [19999, 44999] },
  { prefix: 'OBD', label: 'plug-in tracker', category: 'tracker', count: 6, installMinutes: [0], priceMinor: [3999, 7999] },
  { prefix: 'AC', label: 'accessory', category: 'accessory', count: 12, installMinutes: [0], priceMinor: [999, 4999] },
];

/** Skills an engineer needs: the categories of fitted products. */
export const INSTALLATION_SKILLS = ['dashcam', 'fleet-camera', 'immobiliser', 'tracker'] as const;

export function buildCatalogue(random: Random): CatalogueProduct[] {
  return FAMILIES.flatMap((family) =>
    Array.from({ length: family.count }, (_, index) => {
      const installMinutes = random.pick(family.installMinutes);
      const [low, high] = family.priceMinor;
      return {
        id: random.uuid(),
        sku: `${family.prefix}-${String((index + 1) * 10).padStart(3, '0')}`,
        name: `Vision ${family.prefix}-${(index + 1) * 10} ${family.label}`,
        description: `Vision ${family.label}, model ${index + 1}.`,
        category: family.category,
        priceMinor: Math.round(random.int(low, high) / 100) * 100 - 1,
        requiresInstallation: installMinutes > 0,
        installMinutes,
        // The last model of each family is discontinued: it appears in old orders only.
        active: index < family.count - 1,
      };
    }),
  );
}
