import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionBudget, RetentionJob } from '../../retention/retention-job';
import { RetentionJobs } from '../../retention/retention-jobs';
import { BookingHoldsService } from './booking-holds.service';
import { IdempotentBookingsService } from './idempotent-bookings.service';

/** Deletes holds a day after they expired (`EXPIRED_HOLD_KEPT_MINUTES`). */
@Injectable()
export class ExpiredHoldsRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'bookings.expired-holds';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly holds: BookingHoldsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    return this.holds.deleteExpired(budget);
  }
}

/** Deletes the Idempotency-Keys of POST /bookings once `IDEMPOTENCY_KEY_TTL_HOURS` have passed. */
@Injectable()
export class BookingIdempotencyKeyRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'bookings.idempotency-keys';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly bookings: IdempotentBookingsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    return this.bookings.deleteExpiredKeys(budget);
  }
}
