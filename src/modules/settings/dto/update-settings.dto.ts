import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsIanaTimeZone, IsIsoCurrency, WorkingHoursDto } from '@app/common';

/** Only the fields sent are changed. */
export class UpdateSettingsDto {
  @ApiPropertyOptional({ example: 'Europe/London', description: 'IANA time zone name' })
  @IsOptional()
  @IsIanaTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ example: 'GBP', description: 'ISO 4217 currency code' })
  @IsOptional()
  @IsIsoCurrency()
  currency?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 5, maximum: 240, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 720, example: 24 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  minLeadHours?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 240, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  travelBufferMinutes?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 3, example: 1.3, description: 'Road distance over great-circle distance' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3)
  roadFactor?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 5, maximum: 130, example: 40, description: 'Average driving speed, km/h' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(130)
  averageSpeedKmh?: number;

  @ApiPropertyOptional({ example: false, description: 'Keep travel from the engineer’s home base before a day’s first job' })
  @IsOptional()
  @IsBoolean()
  travelFromHome?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 260, example: 10, description: 'Applies to orders placed (or re-prioritised) from now on' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(260)
  bookWithinWorkingDays?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 260, example: 2, description: 'Applies to orders placed (or re-prioritised) from now on' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(260)
  urgentBookWithinWorkingDays?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 120, example: 10, description: 'How long a hold keeps a slot for a checkout; applies to holds made from now on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  holdMinutes?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 720,
    example: 24,
    description: 'Hours before the first visit until which a customer may cancel or move their appointment through its link',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  customerChangeCutoffHours?: number;

  @ApiPropertyOptional({ type: WorkingHoursDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkingHoursDto)
  defaultWorkingHours?: WorkingHoursDto;
}
