import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** Every query on the calendar_feeds table. */
@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  findByEngineer(engineerId: string, manager: EntityManager = this.defaultManager): Promise<CalendarFeedEntity | null> {
    return manager.findOneBy(CalendarFeedEntity, { engineerId });
  }

  findByToken(token: string): Promise<CalendarFeedEntity | null> {
    return this.defaultManager.findOneBy(CalendarFeedEntity, { token });
  }

  /** The engineer's feed now answers to this token alone. */
  async replace(feed: CalendarFeedEntity, manager: EntityManager): Promise<void> {
    await manager.delete(CalendarFeedEntity, { engineerId: feed.engineerId });
    await manager.insert(CalendarFeedEntity, feed);
  }
}
