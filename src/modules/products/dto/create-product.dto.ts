import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEVICE_IDENTIFIERS, DeviceIdentifier, IsIsoCurrency, Trimmed, TrimmedOrNull, UpperCaseTrimmed } from '@app/common';
import {
  CATEGORY_MAX_LENGTH,
  CATEGORY_PATTERN,
  MAX_INSTALL_MINUTES,
  MAX_PRICE_MINOR,
  SKU_MAX_LENGTH,
  SKU_PATTERN,
} from '../product-rules';

// No property initialisers or swagger `default`s: UpdateProductDto is a PartialType of this
// class and would inherit them, where an absent field means "unchanged". Defaults live in the service.
export class CreateProductDto {
  /** Stock-keeping unit. Trimmed and stored upper-case; unique regardless of case. */
  @ApiProperty({ example: 'DC-200', pattern: SKU_PATTERN.source, maxLength: SKU_MAX_LENGTH })
  @UpperCaseTrimmed()
  @IsString()
  @MaxLength(SKU_MAX_LENGTH)
  @Matches(SKU_PATTERN, { message: '$property must be letters and digits in dash-separated groups, e.g. DC-200' })
  sku!: string;

  @ApiProperty({ example: 'Dual-lens 4K dash cam', maxLength: 200 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  /** Blank or null means none. */
  @ApiPropertyOptional({ example: 'Front and rear cameras with parking mode', maxLength: 2000, nullable: true, type: String })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ example: 'dashcam', pattern: CATEGORY_PATTERN.source, maxLength: CATEGORY_MAX_LENGTH })
  @IsString()
  @MaxLength(CATEGORY_MAX_LENGTH)
  @Matches(CATEGORY_PATTERN, { message: '$property must be lower-case kebab-case, e.g. fleet-camera' })
  category!: string;

  /** Price in the currency's minor unit (pence for GBP). */
  @ApiProperty({ type: 'integer', example: 14999, minimum: 0, maximum: MAX_PRICE_MINOR })
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_MINOR)
  priceMinor!: number;

  @ApiProperty({ example: 'GBP', description: 'ISO 4217 currency code' })
  @IsIsoCurrency()
  currency!: string;

  /** Whether an engineer fits it; ordering it then books an installation. */
  @ApiProperty({ example: true })
  @IsBoolean()
  requiresInstallation!: boolean;

  /** Engineer time to fit it; must be above 0 when requiresInstallation is true. 0 when omitted on create. */
  @ApiPropertyOptional({ type: 'integer', example: 60, minimum: 0, maximum: MAX_INSTALL_MINUTES })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INSTALL_MINUTES)
  installMinutes?: number;

  /** Inactive products are kept for existing orders but cannot be ordered. True when omitted on create. */
  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /**
   * The identifiers each fitted unit needs, recorded when its installation is completed: an
   * `imei` (15 digits, Luhn), an `iccid` (19-20 digits from 89, Luhn), a `serial`. None when omitted on create.
   */
  @ApiPropertyOptional({ type: [String], enum: DEVICE_IDENTIFIERS, enumName: 'DeviceIdentifier', uniqueItems: true, maxItems: 3, example: ['imei', 'iccid'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DEVICE_IDENTIFIERS, { each: true })
  identifiers?: DeviceIdentifier[];
}
