import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CancelServiceDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Customer sold the vehicle' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
