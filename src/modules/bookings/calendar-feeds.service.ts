import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, UnitOfWork, generateSecret, hasSecretShape, isUniqueViolation } from '@app/common';
import { appConfig, AppConfig } from '../../config/app.config';
import { EngineersService } from '../engineers/engineers.service';
import { OrdersService } from '../orders/orders.service';
import { ServicesService } from '../services/services.service';
import { addMinutes } from './availability/interval';
import { BookingsService } from './bookings.service';
import { CalendarFeedNotFoundError } from './bookings.errors';
import { renderCalendarFeed } from './calendar-feed';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** Cancelled bookings stay in the feed this long, so subscribed calendars learn of it; older ones drop out. */
const FEED_HISTORY_DAYS = 30;

export interface RenderedFeed {
  body: string;
  /** A strong validator of the body, so calendar apps can poll with If-None-Match. */
  etag: string;
}

/**
 * Engineers' calendar feeds: the secret URL a calendar app subscribes to (calendar apps cannot
 * send an Authorization header), and the feed itself, shared by that URL and the signed-in one.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly feeds: CalendarFeedsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly bookingsService: BookingsService,
    private readonly engineersService: EngineersService,
    private readonly ordersService: OrdersService,
    private readonly servicesService: ServicesService,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
  ) {}

  /** The engineer's feed URL, issued on first asking. */
  async urlOf(engineerId: string): Promise<string> {
    await this.engineersService.getById(engineerId);
    const feed = (await this.feeds.findByEngineer(engineerId)) ?? (await this.issueFirst(engineerId));
    return this.urlFor(feed.token);
  }

  /** A new URL for the engineer's feed; the old one stops answering at once. */
  async rotate(engineerId: string): Promise<string> {
    await this.engineersService.getById(engineerId);
    const feed = await this.unitOfWork.run((manager) => this.issue(engineerId, manager));
    return this.urlFor(feed.token);
  }

  /** The feed a secret URL names. */
  async renderForToken(token: string): Promise<RenderedFeed> {
    const feed = hasSecretShape(token) ? await this.feeds.findByToken(token) : null;
    if (!feed) throw new CalendarFeedNotFoundError();
    return this.render(feed.engineerId);
  }

  async render(engineerId: string): Promise<RenderedFeed> {
    const engineer = await this.engineersService.getById(engineerId);
    const since = addMinutes(this.clock.now(), -FEED_HISTORY_DAYS * 24 * 60);
    const { bookings, revisions } = await this.bookingsService.forCalendarFeed(engineerId, since);
    const orderIds = [...new Set(bookings.map((booking) => booking.orderId))];
    const [sites, tasksByOrder] = await Promise.all([this.ordersService.sitesOf(orderIds), this.servicesService.findByOrders(orderIds)]);
    const body = renderCalendarFeed(engineer, bookings, { sites, tasksByOrder, revisions });
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
  }

  private async issueFirst(engineerId: string): Promise<CalendarFeedEntity> {
    try {
      return await this.unitOfWork.run(async (manager) => (await this.feeds.findByEngineer(engineerId, manager)) ?? this.issue(engineerId, manager));
    } catch (error) {
      // Two first askings at once: the other one's feed stands.
      const winner = isUniqueViolation(error) ? await this.feeds.findByEngineer(engineerId) : null;
      if (!winner) throw error;
      return winner;
    }
  }

  private async issue(engineerId: string, manager: EntityManager): Promise<CalendarFeedEntity> {
    const feed = Object.assign(new CalendarFeedEntity(), { engineerId, token: generateSecret(), createdAt: this.clock.now() });
    await this.feeds.replace(feed, manager);
    return feed;
  }

  private urlFor(token: string): string {
    return `${this.app.publicBaseUrl}/api/v1/calendar/${token}.ics`;
  }
}
