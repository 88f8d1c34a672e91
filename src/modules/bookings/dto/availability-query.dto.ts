import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BooleanQuery, IsInstant } from '@app/common';

/** `explain=true`: "why no slot". */
class ExplainQueryDto {
  @ApiPropertyOptional({
    default: false,
    description:
      'Add `excluded` (every engineer considered and left out, with the first rule that excluded them) and, when there is no slot, ' +
      '`nextAvailableDate`',
  })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  explain?: boolean;
}

export class AvailabilityQueryDto extends ExplainQueryDto {
  @ApiProperty({ format: 'uuid', example: '00000005-0000-4000-8000-000000000005' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ format: 'date-time', description: 'Slots starting at or after this instant', example: '2030-01-07T00:00:00.000Z' })
  @IsInstant()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'Slots starting before this instant; at most 31 days after from', example: '2030-01-08T00:00:00.000Z' })
  @IsInstant()
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this engineer' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}

export class SuggestionsQueryDto extends ExplainQueryDto {
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
