import { PartialType } from '@nestjs/swagger';
import { CreateEngineerDto } from './create-engineer.dto';

/**
 * Only the fields sent change; `skills` and `areas`, when sent, replace the whole list.
 * `skipNullProperties: false` keeps null an error for required columns such as `name`,
 * while `workingHours` and `maxJobsPerDay` accept null to clear them.
 */
export class UpdateEngineerDto extends PartialType(CreateEngineerDto, { skipNullProperties: false }) {}
