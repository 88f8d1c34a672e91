import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Clock, DomainError, EVERYTHING, OwnershipScope, UnitOfWork, fingerprintRequest, isUniqueViolation } from '@app/common';
import { RetentionConfig } from '../../config/retention.config';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { RetentionBudget } from '../../retention/retention-job';
import { BookingIdempotencyKeyReusedError } from './booking-holds.errors';
import { BookingIdempotencyKeysRepository } from './booking-idempotency-keys.repository';
import { BookingSchedulingService, NewBookingRequest } from './booking-scheduling.service';
import { BookingDetail } from './booking.model';
import { BookingsService } from './bookings.service';
import { BookingIdempotencyKeyEntity } from './entities/booking-idempotency-key.entity';

const HOUR_MS = 60 * 60 * 1000;

/** Who books: the scope of orders they reach, and the web shop's key (null for staff, who share one client). */
export interface BookingCaller {
  actor: string;
  scope: OwnershipScope;
  apiKeyId: string | null;
}

export interface BookingAnswer {
  /** The booking made; on a replay, the answer the first request got (JSON as it was sent). */
  booking: BookingDetail;
  /** True when an earlier request with the same Idempotency-Key made this booking. */
  replayed: boolean;
}

/**
 * POST /bookings with an `Idempotency-Key`, as order placement does: the same key with the same
 * body answers the first booking again and books nothing, for `IDEMPOTENCY_KEY_TTL_HOURS`; the
 * same key with another body, or from another client, is 409 `IDEMPOTENCY_KEY_REUSED`. The key
 * is stored in the booking's transaction, so a booking and its key commit together.
 */
@Injectable()
export class IdempotentBookingsService {
  private readonly ttlMs: number;

  constructor(
    private readonly scheduling: BookingSchedulingService,
    private readonly keysRepository: BookingIdempotencyKeysRepository,
    private readonly bookingsService: BookingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.ttlMs = config.getOrThrow<RetentionConfig>('retention').idempotencyKeyTtlHours * HOUR_MS;
  }

  /** `body`: the request as sent, whose fingerprint a replay must match. */
  async create(request: NewBookingRequest, body: object, caller: BookingCaller, key: string | undefined): Promise<BookingAnswer> {
    if (key === undefined) return { booking: await this.scheduling.create(request, caller.actor, { scope: caller.scope }), replayed: false };
    const requestHash = fingerprintRequest(body);
    const now = this.clock.now();
    const expiredBefore = this.keysExpiredBefore(now);
    const earlier = await this.keysRepository.findByKey(key);
    if (earlier && earlier.createdAt >= expiredBefore) return this.replay(earlier, requestHash, caller.apiKeyId);
    const idempotency = { key, requestHash, apiKeyId: caller.apiKeyId, createdAt: now, replacesExpiredBefore: earlier ? expiredBefore : undefined };
    let booking: BookingDetail;
    try {
      booking = await this.scheduling.create(request, caller.actor, { scope: caller.scope, idempotency });
    } catch (error) {
      // Two requests with one key raced: the loser, refused by the booking the winner made (or
      // by the winner's key), answers with the winner's booking.
      if (error instanceof DomainError || isUniqueViolation(error)) {
        const winner = await this.keysRepository.findByKey(key);
        if (winner && winner.createdAt >= expiredBefore) return this.replay(winner, requestHash, caller.apiKeyId);
      }
      throw error;
    }
    await this.keysRepository.recordResponse(key, JSON.parse(JSON.stringify(booking)) as Record<string, unknown>);
    return { booking, replayed: false };
  }

  /** Deletes the keys older than `IDEMPOTENCY_KEY_TTL_HOURS`, in batches within the budget; answers how many. `create` already treats them as unknown. */
  deleteExpiredKeys(budget: RetentionBudget): Promise<number> {
    const cutoff = this.keysExpiredBefore(this.clock.now());
    return deleteInBatches(
      (batchSize) => this.unitOfWork.run((manager) => this.keysRepository.deleteCreatedBefore(cutoff, batchSize, manager)),
      budget,
    );
  }

  private keysExpiredBefore(now: Date): Date {
    return new Date(now.getTime() - this.ttlMs);
  }

  /** A key belongs to whoever used it first: another client learns nothing about that booking. */
  private async replay(earlier: BookingIdempotencyKeyEntity, requestHash: string, apiKeyId: string | null): Promise<BookingAnswer> {
    if (earlier.apiKeyId !== apiKeyId) throw new BookingIdempotencyKeyReusedError('This Idempotency-Key was already used by another client');
    if (earlier.requestHash !== requestHash) {
      throw new BookingIdempotencyKeyReusedError('This Idempotency-Key was already used with a different request body', earlier.bookingId);
    }
    // The answer is written just after the booking's commit: in between (or after a crash there), the booking as it is now.
    const booking = earlier.responseBody ?? (await this.bookingsService.get(earlier.bookingId, EVERYTHING));
    return { booking: booking as BookingDetail, replayed: true };
  }
}
