import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { AppointmentLinkEntity } from './entities/appointment-link.entity';

/** Every query on the appointment_links table. */
@Injectable()
export class AppointmentLinksRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  findByBooking(bookingId: string, manager: EntityManager = this.defaultManager): Promise<AppointmentLinkEntity | null> {
    return manager.findOneBy(AppointmentLinkEntity, { bookingId });
  }

  findByToken(token: string): Promise<AppointmentLinkEntity | null> {
    return this.defaultManager.findOneBy(AppointmentLinkEntity, { token });
  }

  /** Stores the link unless the booking has one already: two first askings at once keep the one stored first. */
  async insertIfAbsent(link: AppointmentLinkEntity, manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().insert().into(AppointmentLinkEntity).values(link).orIgnore().execute();
  }

  /** The booking's link now answers to this token alone. */
  async replace(link: AppointmentLinkEntity, manager: EntityManager): Promise<void> {
    await manager.delete(AppointmentLinkEntity, { bookingId: link.bookingId });
    await manager.insert(AppointmentLinkEntity, link);
  }
}
