import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { InstantDate, PageQueryDto } from '@app/common';
import { ORDER_STATUSES, OrderStatus } from '../entities/order.entity';

export class ListOrdersQueryDto extends PageQueryDto {
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
