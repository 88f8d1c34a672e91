import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { ORDER_PRIORITIES, OrderPriority } from '../order-priority';

/** A dispatcher's planning of an order; only the fields sent change, and at least one must be sent. */
export class UpdateOrderPlanningDto {
  @ApiPropertyOptional({
    enum: ORDER_PRIORITIES,
    enumName: 'OrderPriority',
    description: 'Without `dueBy`, the due date is worked out again from the placement date for the new priority',
  })
  @IsOptional()
  @IsIn(ORDER_PRIORITIES)
  priority?: OrderPriority;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-02', description: 'Local date by which the work should be booked; overrides the derived one' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueBy must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dueBy must be a real calendar date' })
  dueBy?: string;
}
