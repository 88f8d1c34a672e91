import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trimmed } from '@app/common';

/** At least one identifier; a unit matches when it has every identifier given. */
export class FindDevicesQueryDto {
  @ApiPropertyOptional({ example: '490154203237518', minLength: 15, maxLength: 15, pattern: '^[0-9]{15}$' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(/^[0-9]{15}$/, { message: 'imei must be 15 digits' })
  imei?: string;

  @ApiPropertyOptional({ example: '8944500102198304826', minLength: 19, maxLength: 20, pattern: '^[0-9]{19,20}$' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(19, 20)
  @Matches(/^[0-9]{19,20}$/, { message: 'iccid must be 19-20 digits' })
  iccid?: string;

  @ApiPropertyOptional({ example: 'SN-000123', minLength: 1, maxLength: 64 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 64)
  @MaxLength(64)
  serial?: string;
}
