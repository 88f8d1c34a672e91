import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, LessThan } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { deleteDueRows } from '../../retention/delete-due-rows';
import { BookingIdempotencyKeyEntity } from './entities/booking-idempotency-key.entity';

/** Every query on `booking_idempotency_keys`. Writes take the caller's transaction manager, except the answer, written after the booking's commit. */
@Injectable()
export class BookingIdempotencyKeysRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  findByKey(key: string): Promise<BookingIdempotencyKeyEntity | null> {
    return this.defaultManager.findOneBy(BookingIdempotencyKeyEntity, { key });
  }

  /** Stores a key with the booking it made; an expired key of that name, stored before `replacesExpiredBefore`, gives way first. */
  async insert(record: Omit<BookingIdempotencyKeyEntity, 'booking' | 'responseBody'>, replacesExpiredBefore: Date | undefined, manager: EntityManager): Promise<void> {
    if (replacesExpiredBefore) await manager.delete(BookingIdempotencyKeyEntity, { key: record.key, createdAt: LessThan(replacesExpiredBefore) });
    await manager.insert(BookingIdempotencyKeyEntity, { ...record, responseBody: null });
  }

  /** The answer the key's first request got, once the booking it made has committed. */
  async recordResponse(key: string, responseBody: Record<string, unknown>): Promise<void> {
    await this.defaultManager.update(BookingIdempotencyKeyEntity, { key }, { responseBody } as QueryDeepPartialEntity<BookingIdempotencyKeyEntity>);
  }

  /** At most `limit` keys stored before `cutoff`, in one statement; answers how many. */
  deleteCreatedBefore(cutoff: Date, limit: number, manager: EntityManager): Promise<number> {
    return deleteDueRows(manager, BookingIdempotencyKeyEntity, 'due.createdAt < :cutoff', { cutoff }, limit);
  }
}
