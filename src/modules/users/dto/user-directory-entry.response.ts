import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, UserRole } from '@app/common';
import type { User } from '../user.model';

/** Who is who, for colleagues who may not read e-mail addresses or account state. */
export class UserDirectoryEntryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Dana Dispatcher' })
  name!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  role!: UserRole;
}

export function mapUserDirectoryEntry(user: User): UserDirectoryEntryResponse {
  return { id: user.id, name: user.name, role: user.role };
}
