import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BooleanQuery, PageQueryDto, SearchText } from '@app/common';
import { CATEGORY_MAX_LENGTH, CATEGORY_PATTERN } from '../product-rules';

export class ListProductsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'dashcam', pattern: CATEGORY_PATTERN.source })
  @IsOptional()
  @IsString()
  @MaxLength(CATEGORY_MAX_LENGTH)
  @Matches(CATEGORY_PATTERN, { message: '$property must be lower-case kebab-case, e.g. fleet-camera' })
  category?: string;

  /** Omit to list active and inactive products together. */
  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  active?: boolean;

  /** Case-insensitive text contained in the SKU, name or description. */
  @ApiPropertyOptional({ example: 'dash cam', maxLength: 100 })
  @IsOptional()
  @SearchText()
  @IsString()
  @MaxLength(100)
  q?: string;
}
