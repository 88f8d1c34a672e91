import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Trimmed, TrimmedOrNull } from '../http/query-transforms';
import { GeoPoint, GeoPointDto } from './geo-point';
import { IsUkPostcode, NormalisedUkPostcode } from './uk-postcode';

/**
 * A UK postal address, shared by customers and orders. Used in requests and responses;
 * `line2` is absent when there is none, `location` when it is not known.
 */
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

  @ApiPropertyOptional({
    type: GeoPointDto,
    description: 'Where the address is (WGS84), as the web shop’s address look-up knows it; scheduling uses it for travel times',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location?: GeoPoint;
}
