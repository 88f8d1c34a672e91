import { ApiProperty } from '@nestjs/swagger';
import type { EngineerTimeOff } from '../engineer.model';

export class EngineerTimeOffResponse {
  @ApiProperty({ format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c' })
  engineerId!: string;

  @ApiProperty({ example: '2026-03-02T09:00:00.000Z', description: 'UTC' })
  start!: Date;

  @ApiProperty({ example: '2026-03-06T17:00:00.000Z', description: 'UTC, exclusive' })
  end!: Date;

  @ApiProperty({ type: String, nullable: true, example: 'Annual leave' })
  reason!: string | null;

  @ApiProperty({ example: '2026-01-15T10:30:00.000Z' })
  createdAt!: Date;
}

export function mapEngineerTimeOff(timeOff: EngineerTimeOff): EngineerTimeOffResponse {
  return {
    id: timeOff.id,
    engineerId: timeOff.engineerId,
    start: timeOff.start,
    end: timeOff.end,
    reason: timeOff.reason,
    createdAt: timeOff.createdAt,
  };
}
