import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { IsUkRegistration, IsVin, NormalisedUkRegistration, NormalisedVin, Trimmed, TrimmedOrNull } from '@app/common';

// No property initialisers: UpdateVehicleDto is a PartialType of this class and would inherit them.
export class CreateVehicleDto {
  /** Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`. Unique among the customer's vehicles. */
  @ApiProperty({ example: 'AB12 CDE', maxLength: 10 })
  @IsString()
  @NormalisedUkRegistration()
  @IsUkRegistration()
  registration!: string;

  /** 17 letters and digits, without I, O or Q; stored upper-case. Null or absent when unknown. */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'WF0XXXTTGXKA12345', minLength: 17, maxLength: 17, pattern: '^[A-HJ-NPR-Z0-9]{17}$' })
  @IsOptional()
  @NormalisedVin()
  @IsVin()
  vin?: string | null;

  @ApiProperty({ example: 'Ford', minLength: 1, maxLength: 60 })
  @Trimmed()
  @IsString()
  @Length(1, 60)
  make!: string;

  @ApiProperty({ example: 'Transit Custom', minLength: 1, maxLength: 60 })
  @Trimmed()
  @IsString()
  @Length(1, 60)
  model!: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2021, minimum: 1950, maximum: new Date().getUTCFullYear() + 1 })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(new Date().getUTCFullYear() + 1)
  year?: number | null;

  /** The customer's own label, e.g. `VAN-07`. Blank or null means none. */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'VAN-07', maxLength: 40 })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  fleetNumber?: string | null;
}
