import { ConflictError } from '@app/common';

export class ProductSkuTakenError extends ConflictError {
  constructor(sku: string) {
    super('PRODUCT_SKU_TAKEN', `Another product already uses SKU ${sku}`, { sku });
  }
}
