import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trimmed } from '@app/common';

export class CreateApiKeyDto {
  /** What the key is for, e.g. the web shop it is installed in. */
  @ApiProperty({ example: 'Web shop (production)', maxLength: 100 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
}
