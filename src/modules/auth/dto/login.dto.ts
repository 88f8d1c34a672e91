import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LowerCaseTrimmed } from '@app/common';

// No password rules beyond a length cap here: the answer to a bad password is the same 401 as to a wrong one.
export class LoginDto {
  @ApiProperty({ example: 'admin@vision-telematics.example' })
  @LowerCaseTrimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'demo-admin-password', writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}
