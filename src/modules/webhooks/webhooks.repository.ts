import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { applyKeysetPage } from '@app/common';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';

/** Whose endpoints a query reaches: every one (staff), or one API key's. */
export type EndpointOwner = { kind: 'everyone' } | { kind: 'api-key'; apiKeyId: string };

/** Every query on the webhook_endpoints table. */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>) {}

  private repository(manager?: EntityManager): Repository<WebhookEndpointEntity> {
    return manager ? manager.getRepository(WebhookEndpointEntity) : this.endpoints;
  }

  /** The endpoint, when the owner reaches it. */
  findById(id: string, owner: EndpointOwner, manager?: EntityManager): Promise<WebhookEndpointEntity | null> {
    return this.repository(manager).findOneBy({ id, ...ownerFilter(owner) });
  }

  findByIds(ids: readonly string[]): Promise<WebhookEndpointEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.endpoints.findBy({ id: In([...new Set(ids)]) });
  }

  /** Newest first; up to `limit + 1` rows for `toPage`. */
  findPage(owner: EndpointOwner, page: { limit: number; cursor?: string }): Promise<WebhookEndpointEntity[]> {
    const query = this.endpoints.createQueryBuilder('endpoint');
    if (owner.kind === 'api-key') query.where('endpoint.ownerApiKeyId = :apiKeyId', { apiKeyId: owner.apiKeyId });
    return applyKeysetPage(query, page).getMany();
  }

  /**
   * The enabled endpoints subscribed to the event, whoever owns them. Subscriptions are read in
   * the application (a JSON list, stored alike on both databases); endpoints are few.
   */
  async findSubscribed(eventType: string, manager: EntityManager): Promise<WebhookEndpointEntity[]> {
    const enabled = await this.repository(manager).find({ where: { enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return enabled.filter((endpoint) => endpoint.events.includes(eventType as never));
  }

  build(values: Partial<WebhookEndpointEntity>): WebhookEndpointEntity {
    return this.endpoints.create(values);
  }

  save(endpoint: WebhookEndpointEntity, manager: EntityManager): Promise<WebhookEndpointEntity> {
    return manager.getRepository(WebhookEndpointEntity).save(endpoint);
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.delete(WebhookEndpointEntity, { id });
  }

  async recordSuccess(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(WebhookEndpointEntity, { id }, { lastSuccessAt: at });
  }

  /** Disables an enabled endpoint with the reason; whether it was enabled. */
  async disable(id: string, reason: string, at: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(WebhookEndpointEntity, { id, enabled: true }, { enabled: false, disabledReason: reason.slice(0, 1000), disabledAt: at, updatedAt: at });
    return (result.affected ?? 0) > 0;
  }
}

function ownerFilter(owner: EndpointOwner): { ownerApiKeyId?: string } {
  return owner.kind === 'api-key' ? { ownerApiKeyId: owner.apiKeyId } : {};
}
