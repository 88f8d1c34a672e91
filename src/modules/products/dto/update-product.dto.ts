import { PartialType } from '@nestjs/swagger';
import { CreateProductDto } from './create-product.dto';

/**
 * Only the fields sent are changed. `null` is refused except for `description`, where it
 * clears the text; `active: true` reactivates a deactivated product.
 */
export class UpdateProductDto extends PartialType(CreateProductDto, { skipNullProperties: false }) {}
