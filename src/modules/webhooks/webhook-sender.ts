import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CoalescedPasses, UnitOfWork } from '@app/common';
import { webhooksConfig, WebhooksConfig } from '../../config/webhooks.config';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import { postPinned } from './pinned-post';
import { retryDelayMs } from './webhook-backoff';
import { AttemptOutcome, ClaimedMessage, WebhookMessagesRepository } from './webhook-messages.repository';
import { SecretBox, signatureHeader } from './webhook-secrets';
import { WebhookUrlPolicy } from './webhook-url';
import { WebhooksRepository } from './webhooks.repository';

/** Messages claimed at once. */
const BATCH_SIZE = 50;
/** A lease outlasts the send's timeout by this much, for recording the outcome. */
const LEASE_MARGIN_MS = 30_000;

interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POSTs pending webhook messages to their endpoints, signed per Standard Webhooks, and records
 * every attempt. Runs after each fan-out or re-send commits, and on a timer. At least once: a
 * message is marked delivered only after its 2xx, so a crash in between sends it again (with the
 * same `webhook-id`). Instances share the work through leases (see the claim).
 */
@Injectable()
export class WebhookSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookSender.name);
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new CoalescedPasses(() => this.pass());
  private stopping = false;
  /** Aborts the sends under way at shutdown; their messages are handed back, the attempt uncounted. */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly messages: WebhookMessagesRepository,
    private readonly endpoints: WebhooksRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly urls: WebhookUrlPolicy,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sendDue(), this.config.pollIntervalMs);
    this.timer.unref();
    void this.sendDue();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    this.shutdown.abort();
    await this.passes.current;
  }

  /** Sends what is due. Calls coalesce: one pass runs, at most one waits. Never rejects. */
  sendDue(): Promise<void> {
    return this.stopping ? Promise.resolve() : this.passes.request();
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopping) {
        const now = new Date();
        const claim = { now, leaseUntil: new Date(now.getTime() + this.config.timeoutMs + LEASE_MARGIN_MS), limit: BATCH_SIZE };
        const batch = await this.unitOfWork.runStatement((manager) => this.messages.claimDue(manager, claim));
        if (batch.length === 0) return;
        const endpoints = new Map((await this.endpoints.findByIds(batch.map((message) => message.endpointId))).map((endpoint) => [endpoint.id, endpoint]));
        const waiting = [...batch];
        const worker = async () => {
          for (let next = waiting.shift(); next; next = waiting.shift()) await this.deliver(next, endpoints.get(next.endpointId));
        };
        await Promise.all(Array.from({ length: Math.min(this.config.concurrency, batch.length) }, worker));
      }
    } catch (error) {
      this.logger.error({ err: error }, 'Webhook send pass failed');
    }
  }

  private async deliver(message: ClaimedMessage, endpoint: WebhookEndpointEntity | undefined): Promise<void> {
    try {
      if (!endpoint) return; // deleted meanwhile, its messages with it
      if (this.stopping) {
        await this.unitOfWork.run((manager) => this.messages.release([message.id], manager));
        return;
      }
      const attemptedAt = new Date();
      const result = await this.send(message, endpoint);
      if (this.shutdown.signal.aborted && result.statusCode === null) {
        await this.unitOfWork.run((manager) => this.messages.release([message.id], manager));
        return;
      }
      await this.record(message, endpoint, attemptedAt, result);
    } catch (error) {
      // The lease runs out and the message is sent again.
      this.logger.warn({ messageId: message.id, err: error }, 'Webhook attempt could not be recorded');
    }
  }

  /** One POST: the URL checked again (its name may resolve elsewhere since it was saved), signed, bounded by the timeout. */
  private async send(message: ClaimedMessage, endpoint: WebhookEndpointEntity): Promise<SendResult> {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const target = await this.urls.check(endpoint.url);
    if (target.refusal !== null) return { statusCode: null, error: `not sent: ${target.refusal}`, durationMs: elapsed() };
    const timestamp = new Date();
    try {
      const statusCode = await postPinned({
        url: new URL(endpoint.url),
        address: target.address,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'VisionTelematics-Webhooks/1',
          'webhook-id': message.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signatureHeader(this.signingSecrets(endpoint), message.id, timestamp, message.body),
        },
        body: message.body,
        signal: AbortSignal.any([AbortSignal.timeout(this.config.timeoutMs), this.shutdown.signal]),
      });
      const ok = statusCode >= 200 && statusCode < 300;
      return { statusCode, error: ok ? null : `HTTP ${statusCode}`, durationMs: elapsed() };
    } catch (error) {
      return { statusCode: null, error: this.describe(error), durationMs: elapsed() };
    }
  }

  /** The current secret, and during a rotation's overlap the one it replaced. */
  private signingSecrets(endpoint: WebhookEndpointEntity): string[] {
    const secrets = [this.secrets.open(endpoint.secretSealed)];
    if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > this.clock.now()) {
      secrets.push(this.secrets.open(endpoint.previousSecretSealed));
    }
    return secrets;
  }

  private describe(error: unknown): string {
    // An aborted request fails with an AbortError whose cause is why: the timeout, or shutting down.
    // Read by shape: errors made inside Node's http are not of this realm's Error where tests run.
    const failure = (error ?? {}) as { name?: string; cause?: unknown };
    const reason = (failure.name === 'AbortError' && failure.cause ? failure.cause : error) as { name?: string; code?: string; message?: string } | null;
    if (reason?.name === 'TimeoutError') return `timed out after ${this.config.timeoutMs} ms`;
    if (reason?.code) return `${reason.code}${reason.message ? `: ${reason.message}` : ''}`;
    return reason?.message ?? String(reason);
  }

  /**
   * Logs the attempt and decides what follows: delivered; due again after the back-off; or, after
   * its last attempt, failed, disabling the endpoint when nothing reached it since the message was
   * written (it has failed for the whole schedule, about 24 hours).
   */
  private async record(message: ClaimedMessage, endpoint: WebhookEndpointEntity, attemptedAt: Date, result: SendResult): Promise<void> {
    const now = new Date();
    const delivered = result.error === null;
    const delay = delivered ? null : retryDelayMs(this.config, message.attempts);
    const outcome: AttemptOutcome = delivered ? { kind: 'delivered' } : delay !== null ? { kind: 'retry', nextAttemptAt: new Date(now.getTime() + delay) } : { kind: 'failed' };
    await this.unitOfWork.run(async (manager) => {
      await this.messages.recordAttempt({ messageId: message.id, attempt: message.totalAttempts, attemptedAt, ...result }, outcome, manager);
      if (delivered) await this.endpoints.recordSuccess(endpoint.id, now, manager);
      if (outcome.kind === 'failed') {
        const current = await this.endpoints.findById(endpoint.id, { kind: 'everyone' }, manager);
        if (current && (!current.lastSuccessAt || current.lastSuccessAt < message.createdAt)) {
          const reason = `${message.attempts} consecutive attempts of message ${message.id} failed, the last with: ${result.error}`;
          if (await this.endpoints.disable(endpoint.id, reason, this.clock.now(), manager)) {
            this.logger.warn({ webhookId: endpoint.id, messageId: message.id }, 'Webhook endpoint disabled after a run of failures');
          }
        }
      }
    });
    if (!delivered) this.logger.warn({ webhookId: endpoint.id, messageId: message.id, attempt: message.totalAttempts, error: result.error }, 'Webhook attempt failed');
  }
}
