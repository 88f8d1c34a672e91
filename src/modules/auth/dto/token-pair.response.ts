import { ApiProperty } from '@nestjs/swagger';

export interface TokenPair {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export class TokenPairResponse {
  /** Send as `Authorization: Bearer <accessToken>`. */
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType!: 'Bearer';

  /** Seconds until the access token expires. */
  @ApiProperty({ example: 900 })
  expiresIn!: number;

  /** Single use: each refresh returns a new one and revokes this one. */
  @ApiProperty({ example: 'm0cWJ3ZkR0xq8uYw2N1pQ9sT4vB6hD7fK3jL5nA0eG8' })
  refreshToken!: string;

  @ApiProperty({ example: '2026-12-09T09:30:00.000Z' })
  refreshTokenExpiresAt!: Date;
}

export function mapTokenPair(pair: TokenPair): TokenPairResponse {
  return { ...pair, tokenType: 'Bearer' };
}
