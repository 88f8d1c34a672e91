import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshTokenDto {
  /** The `refreshToken` of the last sign-in or refresh. */
  @ApiProperty({ example: 'm0cWJ3ZkR0xq8uYw2N1pQ9sT4vB6hD7fK3jL5nA0eG8' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  refreshToken!: string;
}
