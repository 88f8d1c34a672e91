import { PickType } from '@nestjs/swagger';
import { AvailabilityQueryDto } from './availability-query.dto';

/** The window of `GET /orders/{id}/availability`: the order is the path's. */
export class OrderAvailabilityQueryDto extends PickType(AvailabilityQueryDto, ['from', 'to'] as const) {}
