import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, UserRole } from '@app/common';
import type { User } from '../user.model';

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'dispatch@vision-telematics.example' })
  email!: string;

  @ApiProperty({ example: 'Dana Dispatcher' })
  name!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  role!: UserRole;

  /** The engineer an engineer's login acts for; null for staff. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  engineerId!: string | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  updatedAt!: Date;
}

export function mapUser(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    engineerId: user.engineerId,
    active: user.active,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
