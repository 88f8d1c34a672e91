import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { NonBlankText, USER_ROLES, UserRole } from '@app/common';

/** Only the fields sent change. Moving a user to the engineer role needs `engineerId` too. */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Dana Dispatcher', maxLength: 120 })
  @IsOptional()
  @NonBlankText()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ enum: USER_ROLES, enumName: 'UserRole' })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsUUID()
  engineerId?: string | null;

  /** `true` reactivates a user; `false` deactivates them like DELETE does. */
  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
