import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CreateCustomerDto } from '../../customers/dto/create-customer.dto';
import { IdUnlessInline, InlineUnlessId } from './id-or-inline';
import { AddressDto, IsUkRegistration, NormalisedUkRegistration } from '@app/common';
import { ORDER_PRIORITIES, OrderPriority } from '../order-priority';

export class OrderItemInputDto {
  @ApiProperty({ format: 'uuid', example: '3f1c2a9e-2b8f-4b8e-9a55-0e4c6f1d2a10' })
  @IsUUID()
  productId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  quantity!: number;
}

export class VehicleDto {
  /** Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`. */
  @ApiProperty({ example: 'AB12 CDE' })
  @IsString()
  @NormalisedUkRegistration()
  @IsUkRegistration()
  registration!: string;

  @ApiProperty({ example: 'Ford' })
  @IsString()
  @Length(1, 60)
  make!: string;

  @ApiProperty({ example: 'Transit Custom' })
  @IsString()
  @Length(1, 60)
  model!: string;

  @ApiPropertyOptional({ type: 'integer', example: 2021, minimum: 1950 })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(new Date().getUTCFullYear() + 1)
  year?: number;
}

export class CreateOrderDto {
  /** An existing customer; give either this or `customer`. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IdUnlessInline('customer')
  customerId?: string;

  /** A new customer created with the order; give either this or `customerId`. */
  @ApiPropertyOptional({ type: CreateCustomerDto })
  @InlineUnlessId('customerId', () => CreateCustomerDto)
  customer?: CreateCustomerDto;

  @ApiProperty({ type: [OrderItemInputDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderItemInputDto)
  items!: OrderItemInputDto[];

  @ApiProperty({ type: VehicleDto })
  @ValidateNested()
  @Type(() => VehicleDto)
  vehicle!: VehicleDto;

  /** Where the engineer goes; defaults to the customer's address. */
  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  installationAddress?: AddressDto;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Customer prefers mornings' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @ApiPropertyOptional({
    enum: ORDER_PRIORITIES,
    enumName: 'OrderPriority',
    default: 'standard',
    description: 'How soon the work should be booked: `dueBy` is the placement date plus the settings’ `bookWithinWorkingDays` (standard) or `urgentBookWithinWorkingDays` (urgent)',
  })
  @IsOptional()
  @IsIn(ORDER_PRIORITIES)
  priority?: OrderPriority;
}
