import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPostcodeAreaOrDistrict, IsSkill, LowerCaseTrimmed, UpperCaseTrimmed } from '@app/common';

/** `area=`: a postcode area or district, any case. */
export function AreaFilter(description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ example: 'LS', description }), IsOptional(), UpperCaseTrimmed(), IsPostcodeAreaOrDistrict());
}

/** `skill=`: a product category slug, any case. */
export function SkillFilter(description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ example: 'dashcam', description }), IsOptional(), LowerCaseTrimmed(), IsSkill());
}
