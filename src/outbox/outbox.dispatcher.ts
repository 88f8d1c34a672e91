import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import { UnitOfWork } from '@app/common';
import { outboxConfig, OutboxConfig } from '../config/outbox.config';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';

const BATCH_SIZE = 50;
const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * Delivers outbox rows to the in-process listeners and records the outcome. Runs after
 * each publishing transaction, at start-up and on a timer, so rows left behind by a crash
 * or a failing listener are retried with exponential back-off until `maxAttempts`.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly outboxRepository: OutboxRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly eventEmitter: EventEmitter2,
    private readonly readiness: EventEmitterReadinessWatcher,
    @Inject(outboxConfig.KEY) private readonly config: OutboxConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.dispatchDue(), this.config.pollIntervalMs);
    this.timer.unref();
    void this.dispatchDue();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /**
   * Delivers every due row; returns how many were delivered. Calls that arrive while a
   * pass is running wait for it and then run one more pass, so nothing published during
   * the pass is left for the timer. Never rejects: callers fire and forget it, and a pass
   * that fails (database down) is simply repeated by the timer.
   */
  async dispatchDue(): Promise<number> {
    const previous = this.inFlight ?? Promise.resolve(0);
    const pass = previous
      .then(() => this.deliverAllDue())
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'Outbox dispatch pass failed');
        return 0;
      });
    this.inFlight = pass;
    return pass;
  }

  private async deliverAllDue(): Promise<number> {
    // An event delivered before every listener has subscribed would be marked done unheard.
    await this.readiness.waitUntilReady();
    let delivered = 0;
    while (!this.stopped) {
      const now = new Date();
      const batch = await this.unitOfWork.run((manager) =>
        this.outboxRepository.claimDue(manager, now, new Date(now.getTime() + this.config.leaseMs), BATCH_SIZE),
      );
      for (const event of batch) {
        if (await this.deliver(event)) delivered += 1;
      }
      if (batch.length < BATCH_SIZE) return delivered;
    }
    return delivered;
  }

  private async deliver(event: OutboxEventEntity): Promise<boolean> {
    const attempts = event.attempts + 1;
    try {
      await this.eventEmitter.emitAsync(event.eventName, event.payload);
      await this.unitOfWork.run((manager) => this.outboxRepository.markDelivered(manager, event.id, attempts));
      return true;
    } catch (error) {
      const giveUp = attempts >= this.config.maxAttempts;
      const delay = Math.min(this.config.retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
      const message = error instanceof Error ? error.message : String(error);
      this.logger[giveUp ? 'error' : 'warn'](
        { eventId: event.id, eventName: event.eventName, attempts, err: error },
        giveUp ? 'Outbox event failed for the last time' : 'Outbox event delivery failed; will retry',
      );
      await this.unitOfWork.run((manager) =>
        this.outboxRepository.markFailed(manager, event.id, attempts, {
          error: message,
          nextAttemptAt: new Date(Date.now() + delay),
          giveUp,
        }),
      );
      return false;
    }
  }
}
