import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOptional,
  IsString,
  MaxLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { IsInstant, TrimmedOrNull, isInstant } from '@app/common';

@ValidatorConstraint({ name: 'isAfterStart' })
class IsAfterStart implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const { start } = args.object as CreateEngineerTimeOffDto;
    // An unreadable start or end is reported by its own format check, not here.
    if (!isInstant(start) || !isInstant(end)) return true;
    return Date.parse(end) > Date.parse(start);
  }

  defaultMessage(): string {
    return 'end must be after start';
  }
}

export class CreateEngineerTimeOffDto {
  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00Z', description: 'First instant off (inclusive)' })
  @IsInstant()
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-06T17:00:00Z', description: 'End of the time off (exclusive); after start' })
  @IsInstant()
  @Validate(IsAfterStart)
  end!: string;

  @ApiPropertyOptional({ example: 'Annual leave', maxLength: 200, nullable: true, description: 'Blank is stored as null' })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string | null;
}
