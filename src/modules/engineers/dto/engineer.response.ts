import { ApiProperty } from '@nestjs/swagger';
import { WorkingHours, WorkingHoursDto } from '@app/common';
import type { Engineer, HomeBase } from '../engineer.model';
import { HomeBaseDto } from './create-engineer.dto';

export class EngineerResponse {
  @ApiProperty({ format: 'uuid', example: '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c' })
  id!: string;

  @ApiProperty({ example: 'Priya Shah' })
  name!: string;

  @ApiProperty({ example: 'priya.shah@vision-telematics.example' })
  email!: string;

  @ApiProperty({ example: '+44 20 7946 0958' })
  phone!: string;

  @ApiProperty({ type: [String], example: ['dashcam', 'fleet-camera', 'tracker'], description: 'Sorted' })
  skills!: string[];

  @ApiProperty({ type: [String], example: ['EC1A', 'M1', 'SW'], description: 'Postcode areas and districts, sorted' })
  areas!: string[];

  @ApiProperty({
    type: WorkingHoursDto,
    nullable: true,
    description: 'All seven weekdays, spans sorted; null when the business default hours apply',
  })
  workingHours!: WorkingHours | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 4, description: 'Null: no daily cap' })
  maxJobsPerDay!: number | null;

  @ApiProperty({ type: HomeBaseDto, nullable: true, description: 'Null when not recorded; `location` absent when not known' })
  homeBase!: HomeBase | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: '2026-01-15T10:30:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-01-15T10:30:00.000Z' })
  updatedAt!: Date;
}

export function mapEngineer(engineer: Engineer): EngineerResponse {
  return {
    id: engineer.id,
    name: engineer.name,
    email: engineer.email,
    phone: engineer.phone,
    skills: engineer.skills,
    areas: engineer.areas,
    workingHours: engineer.workingHours,
    maxJobsPerDay: engineer.maxJobsPerDay,
    homeBase: engineer.homeBase,
    active: engineer.active,
    createdAt: engineer.createdAt,
    updatedAt: engineer.updatedAt,
  };
}
