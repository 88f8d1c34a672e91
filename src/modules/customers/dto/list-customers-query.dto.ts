import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, SearchText } from '@app/common';

export class ListCustomersQueryDto extends PageQueryDto {
  /**
   * Case-insensitive text contained in the name, e-mail, phone number or postcode. A full postcode
   * matches in any spacing; a phone number in any spacing, national (`07911 123456`) or international (`+44 7911 123456`).
   */
  @ApiPropertyOptional({ example: 'lovelace', maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(100)
  q?: string;
}
