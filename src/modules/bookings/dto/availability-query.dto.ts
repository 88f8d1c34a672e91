import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsInstant } from '@app/common';

export class AvailabilityQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ format: 'date-time', description: 'Slots starting at or after this instant' })
  @IsInstant()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'Slots starting before this instant; at most 31 days after from' })
  @IsInstant()
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this engineer' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}

export class SuggestionsQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orderId!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 5;
}
