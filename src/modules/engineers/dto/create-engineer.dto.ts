import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GeoPoint, GeoPointDto, IsContactPhone, IsUkPostcode, LowerCaseTrimmed, NormalisedUkPostcode, Trimmed, WorkingHoursDto } from '@app/common';
import { IsPostcodeAreaOrDistrict, normalisePostcodeArea } from '../postcode-area';
import { IsSkill, normaliseSkill } from '../skill';
import { DistinctEntries } from './distinct-entries';

const MAX_SKILLS = 50;
const MAX_AREAS = 200;
export const MAX_JOBS_PER_DAY = 20;

export class HomeBaseDto {
  /** Any spacing or case is accepted and stored normalised. */
  @ApiProperty({ example: 'SE1 9SG', maxLength: 8 })
  @NormalisedUkPostcode()
  @IsUkPostcode()
  postcode!: string;

  @ApiPropertyOptional({ type: GeoPointDto, description: 'Where the home base is (WGS84); absent: not known' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location?: GeoPoint;
}

export class CreateEngineerDto {
  @ApiProperty({ example: 'Priya Shah', maxLength: 120 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiProperty({
    example: 'priya.shah@vision-telematics.example',
    maxLength: 254,
    description: 'Unique among all engineers, active or not; compared and stored in lower case',
  })
  @LowerCaseTrimmed()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '+44 20 7946 0958', description: 'UK national form, or international form starting with +' })
  @Trimmed()
  @MaxLength(32)
  @IsContactPhone()
  phone!: string;

  @ApiProperty({
    type: [String],
    example: ['dashcam', 'tracker', 'fleet-camera'],
    description: 'Product categories the engineer installs: lower-case kebab slugs; repeats are dropped',
  })
  @DistinctEntries(normaliseSkill)
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsSkill({ each: true })
  skills!: string[];

  @ApiProperty({
    type: [String],
    example: ['SW', 'M1', 'EC1A'],
    description: 'UK postcode areas (`SW`) or districts (`SW1A`) covered; stored upper-case, repeats dropped',
  })
  @DistinctEntries(normalisePostcodeArea)
  @IsArray()
  @ArrayMaxSize(MAX_AREAS)
  @IsPostcodeAreaOrDistrict({ each: true })
  areas!: string[];

  @ApiPropertyOptional({
    type: WorkingHoursDto,
    nullable: true,
    description: 'Several spans per weekday allowed. Absent or null: the business default hours from settings apply',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkingHoursDto)
  workingHours?: WorkingHoursDto | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_JOBS_PER_DAY,
    nullable: true,
    example: 4,
    description: 'Cap on jobs booked per day; absent or null: no cap',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_JOBS_PER_DAY)
  maxJobsPerDay?: number | null;

  @ApiPropertyOptional({
    type: HomeBaseDto,
    nullable: true,
    description: 'Where the engineer starts the day from (with `settings.travelFromHome`, travel from it counts); absent or null: not recorded',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HomeBaseDto)
  homeBase?: HomeBaseDto | null;

  @ApiPropertyOptional({ default: true, example: true, description: 'Only active engineers are offered for new jobs' })
  // Not @IsOptional: that would also let null through to a NOT NULL column.
  @ValidateIf((_dto, value) => value !== undefined)
  @IsBoolean()
  active?: boolean;
}
