import { ValidationFailedError } from '@app/common';

/** Letters and digits in dash-separated groups, checked after upper-casing: `DC-200`. */
export const SKU_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const SKU_MAX_LENGTH = 32;

/** Lower-case kebab-case: `dashcam`, `fleet-camera`. */
export const CATEGORY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CATEGORY_MAX_LENGTH = 64;

/** A working day: no single fitting is booked for longer. */
export const MAX_INSTALL_MINUTES = 480;

/** The price column is a 32-bit integer. */
export const MAX_PRICE_MINOR = 2_147_483_647;

interface Installation {
  requiresInstallation: boolean;
  installMinutes: number;
}

/**
 * An engineer visit is booked for `installMinutes`, so a product that needs fitting must
 * say how long it takes. Checked on the product as it will be stored, because a PATCH may
 * change only one of the two fields.
 */
export function assertInstallationDuration(product: Installation): void {
  if (product.requiresInstallation && product.installMinutes <= 0) {
    throw new ValidationFailedError([
      { field: 'installMinutes', message: 'installMinutes must be greater than 0 when requiresInstallation is true' },
    ]);
  }
}
