import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIccid, IsImei, Trimmed, TrimmedOrNull } from '@app/common';

export const ODOMETER_UNITS = ['mi', 'km'] as const;

/** One unit fitted: the product, and the identifiers the product declares. */
export class FittedDeviceInputDto {
  @ApiProperty({ format: 'uuid', description: 'A product of the task’s lines' })
  @IsUUID()
  productId!: string;

  /** 15 digits, the last a valid Luhn check digit. Required when the product declares `imei`. */
  @ApiPropertyOptional({ example: '490154203237518', minLength: 15, maxLength: 15, pattern: '^[0-9]{15}$' })
  @IsOptional()
  @IsImei()
  imei?: string;

  /** 19-20 digits starting 89, the last a valid Luhn check digit. Required when the product declares `iccid`. */
  @ApiPropertyOptional({ example: '8944500102198304826', minLength: 19, maxLength: 20, pattern: '^89[0-9]{17,18}$' })
  @IsOptional()
  @IsIccid()
  iccid?: string;

  /** The maker's serial number. Required when the product declares `serial`. */
  @ApiPropertyOptional({ example: 'SN-000123', minLength: 1, maxLength: 64 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 64)
  serial?: string;

  /** Where in the vehicle it is, e.g. `behind the glovebox`. */
  @ApiPropertyOptional({ example: 'behind the glovebox', maxLength: 100 })
  @IsOptional()
  @TrimmedOrNull()
  @IsString()
  @MaxLength(100)
  position?: string;
}

export class OdometerDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10_000_000, example: 48_213 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  value!: number;

  @ApiProperty({ enum: ODOMETER_UNITS, example: 'mi' })
  @IsIn(ODOMETER_UNITS)
  unit!: (typeof ODOMETER_UNITS)[number];
}

/**
 * What was fitted. `devices` holds one entry per fitted unit of the task's installable lines
 * whose product declares identifiers; may be left out (or the body with it) when none does.
 */
export class CompleteServiceDto {
  @ApiPropertyOptional({ type: [FittedDeviceInputDto], maxItems: 2000 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => FittedDeviceInputDto)
  devices?: FittedDeviceInputDto[];

  @ApiPropertyOptional({ type: OdometerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OdometerDto)
  odometer?: OdometerDto;

  /** Ignored: accepted because clients sent one before completion took a body. Use `notes`. */
  @ApiPropertyOptional({ deprecated: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Tracker behind the glovebox, SIM activated' })
  @IsOptional()
  @TrimmedOrNull()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
