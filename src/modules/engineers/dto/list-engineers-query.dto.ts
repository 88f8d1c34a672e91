import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { BooleanQuery, LowerCaseTrimmed, PageQueryDto, SearchText, UpperCaseTrimmed } from '@app/common';
import { IsPostcodeAreaOrDistrict } from '../postcode-area';
import { IsSkill } from '../skill';

export class ListEngineersQueryDto extends PageQueryDto {
  /** Case-insensitive text contained in the name, e-mail or phone number. */
  @ApiPropertyOptional({ example: 'ada', maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    example: 'SW1A',
    description:
      'Postcode area or district. `SW` matches engineers covering the whole SW area; ' +
      '`SW1A` matches engineers covering SW1A or the whole SW area',
  })
  @IsOptional()
  @UpperCaseTrimmed()
  @IsPostcodeAreaOrDistrict()
  area?: string;

  @ApiPropertyOptional({ example: 'dashcam', description: 'Product category the engineer must install' })
  @IsOptional()
  @LowerCaseTrimmed()
  @IsSkill()
  skill?: string;

  @ApiPropertyOptional({ example: true, description: 'Only active (true) or only deactivated (false) engineers' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  active?: boolean;
}
