import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@app/common';

export class AppointmentAvailabilityQueryDto {
  @ApiProperty({ format: 'date-time', description: 'Slots starting at or after this instant', example: '2030-01-07T00:00:00.000Z' })
  @IsInstant()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'Slots starting before this instant; at most 31 days after from', example: '2030-01-14T00:00:00.000Z' })
  @IsInstant()
  to!: string;
}
