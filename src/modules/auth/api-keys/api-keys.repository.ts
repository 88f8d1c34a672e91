import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
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

  /** Newest first. A business has a handful of keys, so there is no paging. */
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
