import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
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

  @ApiPropertyOptional({ type: WorkingHoursDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkingHoursDto)
  defaultWorkingHours?: WorkingHoursDto;
}
