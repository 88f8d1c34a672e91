import { Injectable } from '@nestjs/common';
import { Clock, DatedKeysetPosition, Page, decodeDatedCursor, encodeDatedCursor, localDateOf } from '@app/common';
import { CustomersService } from '../customers/customers.service';
import type { AwaitingBookingRecord, OrderPriority } from '../orders/order.model';
import { OrdersService } from '../orders/orders.service';
import { PendingWork, ServicesService } from '../services/services.service';
import { SettingsService } from '../settings/settings.service';
import { QueueEntryResponse } from './dto/queue.response';

export interface QueueRequest {
  area?: string;
  skill?: string;
  priority?: OrderPriority;
  limit: number;
  cursor?: string;
}

interface Candidate {
  order: AwaitingBookingRecord;
  work: PendingWork;
}

const HOUR_MS = 3_600_000;

function positionOf(order: AwaitingBookingRecord): DatedKeysetPosition {
  return { date: order.dueBy, createdAt: order.createdAt, id: order.id };
}

/**
 * The dispatcher's queue, composed: Orders keeps which orders await a booking (a flag Services
 * sets in the transaction of each change to or from pending) and walks them by due date on a
 * partial index; Services tells what waits of each; Customers names them.
 */
@Injectable()
export class DispatchQueueService {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly servicesService: ServicesService,
    private readonly customersService: CustomersService,
    private readonly settingsService: SettingsService,
    private readonly clock: Clock,
  ) {}

  async queue(request: QueueRequest): Promise<Page<QueueEntryResponse>> {
    let after = request.cursor ? decodeDatedCursor(request.cursor) : undefined;
    const batchSize = request.limit + 1;
    const found: Candidate[] = [];
    // Orders filters by the skills of all its installable lines; a skill only a finished task
    // needed is dropped here, from what Services says waits. Such rows are rare: another batch is.
    while (found.length < batchSize) {
      const orders = await this.ordersService.awaitingBooking({ area: request.area, skill: request.skill, priority: request.priority, limit: batchSize, after });
      const work = await this.servicesService.pendingWorkOf(orders.map((order) => order.id));
      for (const order of orders) {
        const pending = work.get(order.id);
        if (pending && (!request.skill || pending.requiredSkills.includes(request.skill))) found.push({ order, work: pending });
      }
      if (orders.length < batchSize) break;
      after = positionOf(orders[orders.length - 1]!);
    }
    const page = found.slice(0, request.limit);
    const [names, settings] = await Promise.all([
      this.customersService.namesOf([...new Set(page.map(({ order }) => order.customerId))]),
      this.settingsService.current(),
    ]);
    const now = this.clock.now();
    const today = localDateOf(now, settings.timezone);
    const last = page[page.length - 1];
    return {
      items: page.map(({ order, work }) => ({
        orderId: order.id,
        orderNumber: order.number,
        customerName: names.get(order.customerId) ?? '',
        postcode: order.addressPostcode,
        requiredSkills: work.requiredSkills,
        totalMinutes: work.totalMinutes,
        taskCount: work.taskCount,
        failedVisitCount: work.failedVisitCount,
        vehicleCount: order.vehicleCount,
        placedAt: order.createdAt,
        ageHours: Math.max(0, Math.floor((now.getTime() - order.createdAt.getTime()) / HOUR_MS)),
        priority: order.priority,
        dueBy: order.dueBy,
        overdue: order.dueBy < today,
      })),
      nextCursor: found.length > request.limit && last ? encodeDatedCursor(positionOf(last.order)) : null,
    };
  }
}
