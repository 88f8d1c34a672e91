import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LowerCaseTrimmed, USER_ROLES, UserRole } from '@app/common';
import { PasswordDto } from './password.dto';

export class CreateUserDto extends PasswordDto {
  /** Unique among all users; compared and stored in lower case. */
  @ApiProperty({ example: 'dispatch@vision-telematics.example', maxLength: 254 })
  @LowerCaseTrimmed()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  @IsIn(USER_ROLES)
  role!: UserRole;

  /** Required for engineers (the engineer record the login acts for), refused for staff. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}
