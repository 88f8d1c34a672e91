import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CancelBookingDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Customer asked to move to next month' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
