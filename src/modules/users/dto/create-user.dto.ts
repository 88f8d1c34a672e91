import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LowerCaseTrimmed, NonBlankText, USER_ROLES, UserRole } from '@app/common';
import { PasswordDto } from './password.dto';

export class CreateUserDto extends PasswordDto {
  /** Unique among all users; compared and stored in lower case. */
  @ApiProperty({ example: 'dispatch@vision-telematics.example', maxLength: 254 })
  @LowerCaseTrimmed()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** How colleagues and audit trails name the user; stored trimmed. */
  @ApiProperty({ example: 'Dana Dispatcher', maxLength: 120 })
  @NonBlankText()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  @IsIn(USER_ROLES)
  role!: UserRole;

  /** Required for engineers (the engineer record the login acts for), refused for staff. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}
