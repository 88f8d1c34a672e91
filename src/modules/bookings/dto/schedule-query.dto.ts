import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@app/common';

export class ScheduleQueryDto {
  @ApiProperty({ format: 'date-time', description: 'Start of the period (inclusive)' })
  @IsInstant()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'End of the period (exclusive); at most 31 days after from' })
  @IsInstant()
  to!: string;
}
