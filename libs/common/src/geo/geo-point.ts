import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

/** A place on the earth in WGS84 degrees, as the web shop's address look-up gives it. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A `GeoPoint` in a request or response; each coordinate is range-checked (400 naming it). */
export class GeoPointDto implements GeoPoint {
  @ApiProperty({ type: 'number', minimum: -90, maximum: 90, example: 51.5237, description: 'Latitude, WGS84 degrees' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ type: 'number', minimum: -180, maximum: 180, example: -0.1585, description: 'Longitude, WGS84 degrees' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;
}

/** The point stored as two nullable columns, or null when either is missing. */
export function geoPointOf(lat: number | null | undefined, lng: number | null | undefined): GeoPoint | null {
  return lat === null || lat === undefined || lng === null || lng === undefined ? null : { lat, lng };
}
