import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { InstantDate, PageQueryDto, SearchText } from '@app/common';
import { ORDER_STATUSES, OrderStatus } from '../entities/order.entity';

export class ListOrdersQueryDto extends PageQueryDto {
  /**
   * Finds orders by order number (`VT-000123`, `123`), vehicle registration (any spacing or case),
   * full installation postcode, or text contained in the customer's name, e-mail, phone number or
   * postcode. 3 to 100 characters: shorter text is no search a trigram index can answer. Text
   * shared by more than 1000 customers searches the orders of the 1000 created last.
   */
  @ApiPropertyOptional({ example: 'AB12 CDE', minLength: 3, maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @Length(3, 100)
  q?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  /** Orders created at or after this instant. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @InstantDate()
  from?: Date;

  /** Orders created before this instant. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @InstantDate()
  to?: Date;
}
