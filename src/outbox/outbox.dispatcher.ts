import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import { CoalescedPasses, UnitOfWork, listenerRoute } from '@app/common';
import { outboxConfig, OutboxConfig } from '../config/outbox.config';
import { claimLeaseMs, retryDelayMs } from './outbox-backoff';
import { ClaimedDelivery, OutboxRepository } from './outbox.repository';

const keyOf = (delivery: Pick<ClaimedDelivery, 'eventId' | 'listener'>) => `${delivery.eventId}#${delivery.listener}`;

class ListenerTimeoutError extends Error {
  constructor(listener: string, timeoutMs: number) {
    super(`${listener} did not finish within ${timeoutMs} ms`);
  }
}

/**
 * Delivers outbox events to their listeners, one delivery per listener, and records each
 * outcome. Runs after publishing transactions, at start-up and on a timer. Calls coalesce:
 * at most one pass runs and one waits, however many callers ask; nobody's request waits for
 * the backlog unless it awaits the pass itself. Deliveries of different aggregates run side by
 * side, so one slow listener call holds up only its own aggregate's later events.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new CoalescedPasses(() => this.pass());
  private stopping = false;
  /** Claimed by this instance and not yet recorded as delivered or failed. */
  private readonly claimed = new Map<string, ClaimedDelivery>();

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

  /**
   * Stops claiming, lets deliveries under way finish for the grace period, then hands back
   * whatever this instance still holds, so another instance need not wait out the lease.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    const running = this.passes.current;
    if (running) await Promise.race([running, new Promise((resolve) => setTimeout(resolve, this.config.shutdownGraceMs).unref())]);
    const held = [...this.claimed.values()];
    if (held.length === 0) return;
    try {
      await this.unitOfWork.run((manager) => this.outboxRepository.release(manager, held));
      this.logger.log({ released: held.length }, 'Outbox deliveries released on shutdown');
    } catch (error) {
      this.logger.warn({ err: error, held: held.length }, 'Outbox deliveries could not be released; their leases will expire');
    }
  }

  /**
   * Delivers what is due; resolves with how many deliveries succeeded in the pass it joined.
   * A call during a pass joins the one pass queued after it, which sees everything published
   * meanwhile. Never rejects: a pass that fails (database down) is repeated by the timer.
   */
  dispatchDue(): Promise<number> {
    return this.passes.request();
  }

  private async pass(): Promise<number> {
    try {
      // An event delivered before every listener has subscribed would find no listener.
      await this.readiness.waitUntilReady();
      let delivered = 0;
      const dueBy = new Date();
      while (!this.stopping) {
        const now = new Date();
        const leaseUntil = (attempts: number) => new Date(now.getTime() + claimLeaseMs(this.config, attempts));
        const claim = { dueBy, now, leaseUntil, limit: this.config.batchSize };
        const batch = await this.unitOfWork.runStatement((manager) => this.outboxRepository.claimDue(manager, claim));
        for (const delivery of batch) this.claimed.set(keyOf(delivery), delivery);
        const deliveredNow = await this.deliverAll(batch, dueBy);
        delivered += deliveredNow;
        // A delivery made may have released the aggregate's next event: claim again until nothing moves.
        if (batch.length === 0 || deliveredNow === 0) break;
      }
      return delivered;
    } catch (error) {
      this.logger.error({ err: error }, 'Outbox dispatch pass failed');
      return 0;
    }
  }

  /** A batch holds deliveries of one event at most per aggregate (the claim's order rule), so they may run side by side. */
  private async deliverAll(batch: ClaimedDelivery[], dueBy: Date): Promise<number> {
    const waiting = [...batch];
    let delivered = 0;
    const worker = async () => {
      for (let next = waiting.shift(); next && !this.stopping; next = waiting.shift()) {
        if (await this.deliver(next, dueBy)) delivered += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.concurrency, batch.length) }, worker));
    return delivered;
  }

  private async deliver(delivery: ClaimedDelivery, dueBy: Date): Promise<boolean> {
    try {
      await this.callListener(delivery);
      await this.unitOfWork.runStatement((manager) => this.outboxRepository.markDelivered(manager, delivery, new Date()));
      return true;
    } catch (error) {
      try {
        await this.recordFailure(delivery, error, dueBy);
      } catch (recordError) {
        // The database refused the record too (pool exhausted, down). Escaping here would end the
        // pass while its other workers run on; the lease runs out and the delivery is retried.
        this.logger.warn({ eventId: delivery.eventId, listener: delivery.listener, err: recordError }, 'Outbox delivery failure could not be recorded');
      }
      return false;
    } finally {
      this.claimed.delete(keyOf(delivery));
    }
  }

  private async callListener({ eventName, listener, payload }: ClaimedDelivery): Promise<void> {
    const route = listenerRoute(eventName, listener);
    // A listener renamed or removed since the event was stored: nothing would run, so it must not count as delivered.
    if (this.eventEmitter.listenerCount(route) === 0) throw new Error(`no listener ${listener} is subscribed to ${eventName}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ListenerTimeoutError(listener, this.config.listenerTimeoutMs)), this.config.listenerTimeoutMs);
    });
    try {
      await Promise.race([this.eventEmitter.emitAsync(route, payload), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The retry is due after the back-off, and never within the pass that failed (`dueBy`): the next pass takes it. */
  private async recordFailure(delivery: ClaimedDelivery, error: unknown, dueBy: Date): Promise<void> {
    const giveUp = delivery.attempts >= this.config.maxAttempts;
    const delay = retryDelayMs(this.config, delivery.attempts);
    const message = error instanceof Error ? error.message : String(error);
    const context = { eventId: delivery.eventId, listener: delivery.listener, attempts: delivery.attempts, err: error };
    this.logger[giveUp ? 'error' : 'warn'](context, giveUp ? 'Outbox delivery parked as failed after its last attempt' : 'Outbox delivery failed; will retry');
    const now = new Date();
    await this.unitOfWork.run((manager) =>
      this.outboxRepository.markFailed(
        manager,
        delivery,
        { error: message, nextAttemptAt: new Date(Math.max(now.getTime() + delay, dueBy.getTime() + 1)), giveUp },
        now,
      ),
    );
  }
}
