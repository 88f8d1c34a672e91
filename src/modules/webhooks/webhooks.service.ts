import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, Page, Principal, UnitOfWork, ValidationFailedError, toPage } from '@app/common';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import { WebhookDeliveryResponse, mapWebhookDelivery } from './dto/webhook-delivery.response';
import { WebhookResponse, WebhookWithSecretResponse, mapWebhook } from './dto/webhook.response';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import type { WebhookMessageStatus } from './entities/webhook-message.entity';
import { WebhookMessagesRepository } from './webhook-messages.repository';
import { SecretBox, newSigningSecret } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';
import { WebhookUrlPolicy } from './webhook-url';
import { WebhookDeliveryNotFoundError, WebhookDisabledError, WebhookNotFoundError } from './webhooks.errors';
import { EndpointOwner, WebhooksRepository } from './webhooks.repository';

/** How long the secret a rotation replaces keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** Staff manage every endpoint; an API key only its own, which receive only its orders' events. */
function ownerOf(caller: Principal): EndpointOwner {
  return caller.kind === 'api-key' ? { kind: 'api-key', apiKeyId: caller.id } : { kind: 'everyone' };
}

/** Webhook endpoints: their subscriptions, secrets and delivery log. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly endpoints: WebhooksRepository,
    private readonly messages: WebhookMessagesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly urls: WebhookUrlPolicy,
    private readonly secrets: SecretBox,
    private readonly sender: WebhookSender,
    private readonly clock: Clock,
  ) {}

  async create(request: CreateWebhookDto, caller: Principal): Promise<WebhookWithSecretResponse> {
    await this.assertCallable(request.url);
    const secret = newSigningSecret();
    const endpoint = this.endpoints.build({
      url: request.url,
      description: request.description ?? null,
      events: request.events,
      ownerApiKeyId: caller.kind === 'api-key' ? caller.id : null,
      enabled: true,
      disabledReason: null,
      disabledAt: null,
      secretSealed: this.secrets.seal(secret),
      previousSecretSealed: null,
      previousSecretExpiresAt: null,
      lastSuccessAt: null,
    });
    const saved = await this.unitOfWork.run((manager) => this.endpoints.save(endpoint, manager));
    return { ...mapWebhook(saved, this.clock.now()), secret };
  }

  async list(page: { limit: number; cursor?: string }, caller: Principal): Promise<Page<WebhookResponse>> {
    const now = this.clock.now();
    return toPage(await this.endpoints.findPage(ownerOf(caller), page), page.limit, (endpoint) => mapWebhook(endpoint, now));
  }

  async get(id: string, caller: Principal): Promise<WebhookResponse> {
    return mapWebhook(await this.find(id, caller), this.clock.now());
  }

  async update(id: string, changes: UpdateWebhookDto, caller: Principal): Promise<WebhookResponse> {
    if (changes.url !== undefined) await this.assertCallable(changes.url);
    const now = this.clock.now();
    const updated = await this.unitOfWork.run(async (manager) => {
      const endpoint = await this.find(id, caller, manager);
      if (changes.url !== undefined) endpoint.url = changes.url;
      if (changes.events !== undefined) endpoint.events = changes.events;
      if (changes.description !== undefined) endpoint.description = changes.description;
      if (changes.enabled === true && !endpoint.enabled) {
        Object.assign(endpoint, { enabled: true, disabledReason: null, disabledAt: null });
        await this.messages.makePendingDue(endpoint.id, new Date(), manager);
        this.unitOfWork.afterCommit(manager, () => void this.sender.sendDue());
      }
      if (changes.enabled === false && endpoint.enabled) Object.assign(endpoint, { enabled: false, disabledReason: 'disabled by request', disabledAt: now });
      return this.endpoints.save(endpoint, manager);
    });
    return mapWebhook(updated, now);
  }

  /** The endpoint, its messages and their attempts are deleted; nothing more is sent to it. */
  async delete(id: string, caller: Principal): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      await this.find(id, caller, manager);
      await this.endpoints.delete(id, manager);
    });
  }

  /** A new secret, returned once; the old one keeps signing beside it for 24 hours, then stops. */
  async rotateSecret(id: string, caller: Principal): Promise<WebhookWithSecretResponse> {
    const secret = newSigningSecret();
    const now = this.clock.now();
    const rotated = await this.unitOfWork.run(async (manager) => {
      const endpoint = await this.find(id, caller, manager);
      endpoint.previousSecretSealed = endpoint.secretSealed;
      endpoint.previousSecretExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
      endpoint.secretSealed = this.secrets.seal(secret);
      return this.endpoints.save(endpoint, manager);
    });
    return { ...mapWebhook(rotated, now), secret };
  }

  async deliveries(id: string, query: { status?: WebhookMessageStatus; limit: number; cursor?: string }, caller: Principal): Promise<Page<WebhookDeliveryResponse>> {
    await this.find(id, caller);
    const rows = await this.messages.findPage(id, query.status, query);
    const attempts = await this.messages.attemptsOf(rows.slice(0, query.limit).map((row) => row.id));
    return toPage(rows, query.limit, (row) => mapWebhookDelivery(row, attempts.get(row.id) ?? []));
  }

  /** Sends the message again, as it was (same `webhook-id` and body), with a fresh run of attempts. */
  async resend(id: string, deliveryId: string, caller: Principal): Promise<WebhookDeliveryResponse> {
    await this.unitOfWork.run(async (manager) => {
      const endpoint = await this.find(id, caller, manager);
      if (!endpoint.enabled) throw new WebhookDisabledError(id);
      if (!(await this.messages.findOfEndpoint(id, deliveryId, manager))) throw new WebhookDeliveryNotFoundError(deliveryId);
      await this.messages.resend(deliveryId, new Date(), manager);
      this.unitOfWork.afterCommit(manager, () => void this.sender.sendDue());
    });
    const message = (await this.messages.findOfEndpoint(id, deliveryId))!;
    const attempts = await this.messages.attemptsOf([deliveryId]);
    return mapWebhookDelivery(message, attempts.get(deliveryId) ?? []);
  }

  private async find(id: string, caller: Principal, manager?: EntityManager): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.findById(id, ownerOf(caller), manager);
    if (!endpoint) throw new WebhookNotFoundError(id);
    return endpoint;
  }

  private async assertCallable(url: string): Promise<void> {
    const refusal = await this.urls.refusalOf(url);
    if (refusal) throw new ValidationFailedError([{ field: 'url', message: refusal }]);
  }
}
