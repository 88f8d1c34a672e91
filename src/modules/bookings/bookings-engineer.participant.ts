import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommittedJob, EngineerParticipant, EngineerParticipants, Period } from '../engineers/engineer-participants';
import { EngineerHasBookingsError, TimeOffOverlapsBookingsError } from '../engineers/engineers.errors';
import { OrdersService } from '../orders/orders.service';
import { BookingsRepository, HeldTime } from './bookings.repository';

/** Bookings as the engineers module names them: with their order's number, in the bookings' order. */
export function committedJobs(
  bookings: readonly Pick<HeldTime, 'id' | 'orderId' | 'startAt'>[],
  orderNumbers: ReadonlyMap<string, string>,
): CommittedJob[] {
  return bookings.map((booking) => ({ id: booking.id, orderNumber: orderNumbers.get(booking.orderId) ?? null, start: booking.startAt }));
}

/**
 * What Bookings does for the Engineers module: time off and deactivation are checked against
 * the engineer's scheduled bookings, under the agenda lock that booking writes take.
 */
@Injectable()
export class BookingsEngineerParticipant implements EngineerParticipant, OnModuleInit {
  constructor(
    private readonly registry: EngineerParticipants,
    private readonly bookingsRepository: BookingsRepository,
    private readonly ordersService: OrdersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  lockAgenda(engineerId: string, manager: EntityManager): Promise<void> {
    return this.bookingsRepository.lockEngineerAgendas([engineerId], manager);
  }

  async assertTimeOffFree(engineerId: string, period: Period, manager: EntityManager): Promise<void> {
    const bookings = await this.bookingsRepository.findScheduledOverlappingPeriod(engineerId, period, manager);
    if (bookings.length > 0) throw new TimeOffOverlapsBookingsError(engineerId, await this.named(bookings, manager));
  }

  async assertNoFutureWork(engineerId: string, now: Date, manager: EntityManager): Promise<void> {
    const bookings = await this.bookingsRepository.findScheduledEndingAfter(engineerId, now, manager);
    if (bookings.length > 0) throw new EngineerHasBookingsError(engineerId, await this.named(bookings, manager));
  }

  private async named(bookings: HeldTime[], manager: EntityManager): Promise<CommittedJob[]> {
    const orderNumbers = await this.ordersService.numbersOf([...new Set(bookings.map((booking) => booking.orderId))], manager);
    return committedJobs(bookings, orderNumbers);
  }
}
