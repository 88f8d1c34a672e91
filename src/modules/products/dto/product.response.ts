import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_IDENTIFIERS, DeviceIdentifier } from '@app/common';
import type { ProductEntity } from '../entities/product.entity';

export class ProductResponse {
  @ApiProperty({ example: '3f1c2a4e-8b7d-4c1e-9a55-2d6f0b9e7c11', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'DC-200' })
  sku!: string;

  @ApiProperty({ example: 'Dual-lens 4K dash cam' })
  name!: string;

  @ApiProperty({ example: 'Front and rear cameras with parking mode', type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ example: 'dashcam' })
  category!: string;

  /** Price in the currency's minor unit (pence for GBP). */
  @ApiProperty({ type: 'integer', example: 14999 })
  priceMinor!: number;

  @ApiProperty({ example: 'GBP' })
  currency!: string;

  @ApiProperty({ example: true })
  requiresInstallation!: boolean;

  @ApiProperty({ type: 'integer', example: 60 })
  installMinutes!: number;

  @ApiProperty({ example: true })
  active!: boolean;

  /** What each fitted unit is recorded with; absent when the product needs none (as before products had identifiers). */
  @ApiPropertyOptional({ type: [String], enum: DEVICE_IDENTIFIERS, enumName: 'DeviceIdentifier', example: ['imei', 'iccid'] })
  identifiers?: DeviceIdentifier[];

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  updatedAt!: Date;
}

export function mapProduct(product: ProductEntity): ProductResponse {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    priceMinor: product.priceMinor,
    currency: product.currency,
    requiresInstallation: product.requiresInstallation,
    installMinutes: product.installMinutes,
    active: product.active,
    ...(product.identifiers.length > 0 ? { identifiers: [...product.identifiers] } : {}),
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}
