import { ApiProperty } from '@nestjs/swagger';
import type { ApiKey } from './api-key.model';

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Web shop (production)' })
  name!: string;

  /** The first characters of the key, to tell keys apart. */
  @ApiProperty({ example: 'vtk_Zq3x9KfA' })
  prefix!: string;

  /** The admin who created it. */
  @ApiProperty({ format: 'uuid' })
  createdBy!: string;

  @ApiProperty({ type: Date, nullable: true })
  revokedAt!: Date | null;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  createdAt!: Date;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  /** Send as the `X-Api-Key` header. Shown only in this response: it cannot be read again. */
  @ApiProperty({ example: 'vtk_Zq3x9KfA…' })
  key!: string;
}

export function mapApiKey(apiKey: ApiKey): ApiKeyResponse {
  return {
    id: apiKey.id,
    name: apiKey.name,
    prefix: apiKey.prefix,
    createdBy: apiKey.createdBy,
    revokedAt: apiKey.revokedAt,
    createdAt: apiKey.createdAt,
  };
}
