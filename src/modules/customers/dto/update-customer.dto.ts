import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto';

/**
 * Only the fields sent are changed; `null` is refused. An `address` replaces the whole
 * address, so sending one without `line2` removes the second line.
 */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto, { skipNullProperties: false }) {}
