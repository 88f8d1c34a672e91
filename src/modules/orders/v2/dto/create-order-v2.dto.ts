import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsUkRegistration, IsVin, NormalisedUkRegistration, NormalisedVin, Trimmed, TrimmedOrNull } from '@app/common';
import { CreateOrderDto, OrderItemInputDto } from '../../dto/create-order.dto';
import { IdUnlessInline, InlineUnlessId } from '../../dto/id-or-inline';

export const MAX_ORDER_VEHICLES = 200;
export const MAX_LINES_PER_VEHICLE = 20;

/** A vehicle described in the order: the customer's vehicle with this registration, created when they have none. */
export class OrderVehicleDescriptionDto {
  /** Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`. */
  @ApiProperty({ example: 'AB12 CDE', maxLength: 10 })
  @IsString()
  @NormalisedUkRegistration()
  @IsUkRegistration()
  registration!: string;

  @ApiProperty({ example: 'Ford', minLength: 1, maxLength: 60 })
  @Trimmed()
  @IsString()
  @Length(1, 60)
  make!: string;

  @ApiProperty({ example: 'Transit Custom', minLength: 1, maxLength: 60 })
  @Trimmed()
  @IsString()
  @Length(1, 60)
  model!: string;

  @ApiProperty({ type: 'integer', example: 2021, minimum: 1950, maximum: new Date().getUTCFullYear() + 1 })
  @IsInt()
  @Min(1950)
  @Max(new Date().getUTCFullYear() + 1)
  year!: number;

  /** 17 letters and digits without I, O or Q. */
  @ApiPropertyOptional({ example: 'WF0XXXTTGXKA12345', minLength: 17, maxLength: 17, pattern: '^[A-HJ-NPR-Z0-9]{17}$' })
  @IsOptional()
  @NormalisedVin()
  @IsVin()
  vin?: string;

  @ApiPropertyOptional({ example: 'VAN-07', maxLength: 40 })
  @IsOptional()
  @TrimmedOrNull()
  @IsString()
  @MaxLength(40)
  fleetNumber?: string;
}

/** One vehicle of the order and its lines: give either `vehicleId` or `vehicle`. */
export class OrderVehicleInputDto {
  /** One of the customer's vehicles (GET /customers/{customerId}/vehicles). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IdUnlessInline('vehicle')
  vehicleId?: string;

  @ApiPropertyOptional({ type: OrderVehicleDescriptionDto })
  @InlineUnlessId('vehicleId', () => OrderVehicleDescriptionDto)
  vehicle?: OrderVehicleDescriptionDto;

  @ApiProperty({ type: [OrderItemInputDto], minItems: 1, maxItems: MAX_LINES_PER_VEHICLE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_VEHICLE)
  @ValidateNested({ each: true })
  @Type(() => OrderItemInputDto)
  items!: OrderItemInputDto[];
}

/** POST /api/v2/orders: the customer, where, and each vehicle with its own lines. */
export class CreateOrderV2Dto extends OmitType(CreateOrderDto, ['items', 'vehicle'] as const) {
  @ApiProperty({ type: [OrderVehicleInputDto], minItems: 1, maxItems: MAX_ORDER_VEHICLES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_VEHICLES)
  @ValidateNested({ each: true })
  @Type(() => OrderVehicleInputDto)
  vehicles!: OrderVehicleInputDto[];
}
