import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsUkPostcode, NormalisedUkPostcode, Trimmed, TrimmedOrNull } from '@app/common';

/** A UK postal address. Used in requests and responses; `line2` is absent when there is none. */
export class AddressDto {
  @ApiProperty({ example: '221B Baker Street', maxLength: 200 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line1!: string;

  /** Blank or null means none. */
  @ApiPropertyOptional({ example: 'Flat 2', maxLength: 200 })
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @ApiProperty({ example: 'London', maxLength: 100 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city!: string;

  /** Any spacing or case is accepted and stored normalised: ` nw1  6xe` becomes `NW1 6XE`. */
  @ApiProperty({ example: 'NW1 6XE', maxLength: 8 })
  @NormalisedUkPostcode()
  @IsUkPostcode()
  postcode!: string;
}
