import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import type { BookingNotificationStatus, BookingNotificationType } from '../../bookings/booking-detail-participants';

/**
 * One e-mail to a booking's customer: queued by the event that calls for it (a reminder
 * for each visit when it is booked or moved), sent when due, retried with back-off.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_event_type_visit', ['eventId', 'type', 'visitNumber'], { unique: true })
@Index('idx_notifications_booking_created', ['bookingId', 'createdAt'])
@Index('idx_notifications_status_due', ['status', 'dueAt'])
@Check('chk_notifications_type', "type IN ('confirmation', 'reschedule', 'cancellation', 'reminder')")
@Check('chk_notifications_status', "status IN ('pending', 'sent', 'failed')")
@Check('chk_notifications_visit', "(type = 'reminder') = (visit_number > 0)")
export class NotificationEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'booking_id' }))
  bookingId!: string;

  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  /** The domain event that queued it: a re-delivered event queues nothing twice. */
  @Column(uuidColumn({ name: 'event_id' }))
  eventId!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: BookingNotificationType;

  /** The visit a reminder is for, from 1; 0 for the other messages, which concern the whole booking. */
  @Column({ name: 'visit_number', type: 'integer' })
  visitNumber!: number;

  /** Where that visit started when the reminder was queued: a visit since moved gets no reminder for its old time. */
  @Column(instantColumn({ name: 'visit_start', nullable: true }))
  visitStart!: Date | null;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: BookingNotificationStatus;

  /** Counted when claimed. */
  @Column({ type: 'integer' })
  attempts!: number;

  /** When it is to be sent next. */
  @Column(instantColumn({ name: 'due_at' }))
  dueAt!: Date;

  /** Until when an instance sending it holds it. */
  @Column(instantColumn({ name: 'locked_until', nullable: true }))
  lockedUntil!: Date | null;

  @Column(instantColumn({ name: 'sent_at', nullable: true }))
  sentAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
