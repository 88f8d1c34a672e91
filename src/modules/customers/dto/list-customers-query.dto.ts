import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, SearchText } from '@app/common';

export class ListCustomersQueryDto extends PageQueryDto {
  /** Case-insensitive text contained in the name, e-mail or postcode; a full postcode matches in any spacing. */
  @ApiPropertyOptional({ example: 'lovelace', maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(100)
  q?: string;
}
