import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'PRODUCT_NOT_FOUND', description: 'no product has that id', members: notFoundMembers('Product') })
export class ProductNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Product', id);
  }
}

@ProblemType({ code: 'PRODUCT_SKU_TAKEN', description: 'another product already uses the SKU', members: { sku: member.string('The SKU', 'DASHCAM-1') } })
export class ProductSkuTakenError extends ConflictError {
  constructor(sku: string) {
    super('PRODUCT_SKU_TAKEN', `Another product already uses SKU ${sku}`, { sku });
  }
}
