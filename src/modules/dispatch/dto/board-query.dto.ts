import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { AreaFilter, SkillFilter } from './dispatch-filters';

export const MAX_BOARD_DAYS = 7;

export class BoardQueryDto {
  @ApiProperty({ format: 'date', example: '2026-03-30', description: 'First local date of the board (business time zone)' })
  @Matches(/^[1-9]\d{3}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real calendar date' })
  date!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_BOARD_DAYS, default: 1, description: 'How many local dates from `date`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_BOARD_DAYS)
  days: number = 1;

  @AreaFilter('Only engineers covering this postcode area or district (as `GET /engineers?area=`)')
  area?: string;

  @SkillFilter('Only engineers with this skill')
  skill?: string;
}
