import { PartialType } from '@nestjs/swagger';
import { CreateVehicleDto } from './create-vehicle.dto';

/** Only the fields sent are changed; `vin`, `year` and `fleetNumber` may be cleared with null. */
export class UpdateVehicleDto extends PartialType(CreateVehicleDto, { skipNullProperties: false }) {}
