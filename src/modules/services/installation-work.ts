import type { PlacedOrderLine } from '../orders/events/order-placed.event';

export interface InstallationWork {
  /** Engineer time on site: install minutes of each installable product times its quantity. */
  estimatedMinutes: number;
  /** Product categories of the installable lines; an engineer needs all of them to be booked. */
  requiredSkills: string[];
}

/** The installation an order needs, or null when no line of it is fitted by an engineer. */
export function installationWorkFor(lines: readonly PlacedOrderLine[]): InstallationWork | null {
  const installable = lines.filter((line) => line.requiresInstallation);
  if (installable.length === 0) return null;
  return {
    estimatedMinutes: installable.reduce((total, line) => total + line.installMinutes * line.quantity, 0),
    requiredSkills: [...new Set(installable.map((line) => line.category))].sort(),
  };
}
