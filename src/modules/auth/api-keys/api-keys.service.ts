import { Injectable } from '@nestjs/common';
import { UnitOfWork, digestOf, generateSecret } from '@app/common';
import { ApiKeyNotFoundError } from '../auth.errors';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { ApiKey } from './api-key.model';
import { ApiKeysRepository } from './api-keys.repository';

/** Recognisable in logs and by secret scanners. */
const KEY_PREFIX = 'vtk_';
const SHOWN_CHARACTERS = 12;

function toApiKey(row: ApiKeyEntity): ApiKey {
  return { id: row.id, name: row.name, prefix: row.keyPrefix, createdBy: row.createdBy, revokedAt: row.revokedAt, createdAt: row.createdAt };
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly apiKeysRepository: ApiKeysRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The new key and, this once, its secret: only a digest is stored. */
  async create(name: string, createdBy: string): Promise<{ apiKey: ApiKey; secret: string }> {
    const secret = `${KEY_PREFIX}${generateSecret()}`;
    const row = await this.unitOfWork.run((manager) =>
      this.apiKeysRepository.insert({ name, keyPrefix: secret.slice(0, SHOWN_CHARACTERS), keyHash: digestOf(secret), createdBy }, manager),
    );
    return { apiKey: toApiKey(row), secret };
  }

  async list(): Promise<ApiKey[]> {
    return (await this.apiKeysRepository.findAll()).map(toApiKey);
  }

  /** Requests with the key are refused from now on; revoking twice is harmless. */
  async revoke(id: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const row = await this.apiKeysRepository.findById(id, manager);
      if (!row) throw new ApiKeyNotFoundError(id);
      if (row.revokedAt) return;
      row.revokedAt = new Date();
      await this.apiKeysRepository.save(row, manager);
    });
  }

  /** The unrevoked key with this secret, or null. */
  async authenticate(secret: string): Promise<ApiKey | null> {
    const row = await this.apiKeysRepository.findUnrevokedByDigest(digestOf(secret));
    return row && toApiKey(row);
  }
}
