import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery, LowerCaseTrimmed, PageQueryDto, UpperCaseTrimmed } from '@app/common';
import { IsPostcodeAreaOrDistrict } from '../postcode-area';
import { IsSkill } from '../skill';

export class ListEngineersQueryDto extends PageQueryDto {
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
