import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, SearchText } from '@app/common';

export class ListVehiclesQueryDto extends PageQueryDto {
  /** Case-insensitive text contained in the registration, VIN or fleet number; a full registration matches in any spacing. */
  @ApiPropertyOptional({ example: 'ab12', maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(100)
  q?: string;
}
