import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { ApiKeyEntity } from '../entities/api-key.entity';

export type NewApiKey = Pick<ApiKeyEntity, 'name' | 'keyPrefix' | 'keyHash' | 'createdBy'>;

/** Every query on the api_keys table. Writes take the caller's transaction manager. */
@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKeyEntity) private readonly apiKeys: Repository<ApiKeyEntity>) {}

  findUnrevokedByDigest(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.apiKeys.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  findById(id: string, manager: EntityManager): Promise<ApiKeyEntity | null> {
    return manager.findOneBy(ApiKeyEntity, { id });
  }

  /** Names by id, in one query; unknown ids are absent. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.apiKeys.find({ select: { id: true, name: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Newest first. A business has a handful of keys, so there is no paging. */
  async unrevokedAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.apiKeys.find({ select: { id: true }, where: { id: In([...new Set(ids)]), revokedAt: IsNull() } });
    return new Set(rows.map((row) => row.id));
  }

  findAll(): Promise<ApiKeyEntity[]> {
    return this.apiKeys.find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  insert(apiKey: NewApiKey, manager: EntityManager): Promise<ApiKeyEntity> {
    return manager.save(manager.create(ApiKeyEntity, { ...apiKey, revokedAt: null }));
  }

  save(apiKey: ApiKeyEntity, manager: EntityManager): Promise<ApiKeyEntity> {
    return manager.save(apiKey);
  }
}
