import { ApiProperty } from '@nestjs/swagger';
import { ActorResponse } from '@app/common';
import { BOOKING_ACTIONS, BookingAction } from '../booking-action';
import {
  BOOKING_NOTIFICATION_STATUSES,
  BOOKING_NOTIFICATION_TYPES,
  BookingNotificationStatus,
  BookingNotificationType,
} from '../booking-detail-participants';
import { BOOKING_STATUSES, BookingStatus } from '../booking-status';
import { VISIT_FAILURE_REASONS, VisitFailureReason } from '../../services/service-participants';

export class FailedServiceResponse {
  @ApiProperty({ format: 'uuid' })
  serviceId!: string;

  @ApiProperty({ enum: VISIT_FAILURE_REASONS, enumName: 'VisitFailureReason' })
  reason!: VisitFailureReason;

  @ApiProperty({ type: String, nullable: true, example: 'Van was out on a job' })
  note!: string | null;
}

export class BookingOutcomeResponse {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Tasks of this booking that its visits completed' })
  completed!: string[];

  @ApiProperty({
    type: [FailedServiceResponse],
    description: 'Tasks whose visit failed: each went back to pending, to be booked again',
  })
  failed!: FailedServiceResponse[];
}

export class BookingVisitResponse {
  @ApiProperty({ example: '2026-03-02T09:00:00.000Z' })
  start!: Date;

  @ApiProperty({ example: '2026-03-02T17:00:00.000Z' })
  end!: Date;
}

export class BookingResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: '2026-03-02T09:00:00.000Z', description: 'The first visit’s start' })
  start!: Date;

  @ApiProperty({
    example: '2026-03-02T11:00:00.000Z',
    description: 'The last visit’s end: start plus the installation estimate when the work is done in one visit',
  })
  end!: Date;

  @ApiProperty({
    type: [BookingVisitResponse],
    minItems: 1,
    description:
      'Earliest first. One visit, from start to end, for work that fits one working span; otherwise a run of visits on ' +
      'consecutive working days of the engineer, one a day, each inside a working span, together as long as the estimate.',
  })
  visits!: BookingVisitResponse[];

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  status!: BookingStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Set when cancelled' })
  cancellationReason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Set when a no-show, if a reason was given' })
  noShowReason!: string | null;

  @ApiProperty({ type: Date, nullable: true, description: 'When the first of its services was started; null until then' })
  startedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;

  @ApiProperty({ type: [String], description: 'The services this booking scheduled' })
  serviceIds!: string[];

  @ApiProperty({
    type: BookingOutcomeResponse,
    description:
      'What its visits did with its tasks. The booking is completed once every one of its tasks is completed or failed ' +
      '(a task cancelled on its own leaves the booking); both lists are empty until then',
  })
  outcome!: BookingOutcomeResponse;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}

export class BookingAuditEntryResponse {
  @ApiProperty({ enum: BOOKING_ACTIONS, enumName: 'BookingAction' })
  action!: BookingAction;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null on creation' })
  oldEngineerId!: string | null;

  @ApiProperty({ format: 'uuid' })
  newEngineerId!: string;

  @ApiProperty({ type: Date, nullable: true })
  oldStart!: Date | null;

  @ApiProperty({ type: Date, nullable: true })
  oldEnd!: Date | null;

  @ApiProperty()
  newStart!: Date;

  @ApiProperty()
  newEnd!: Date;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus', nullable: true })
  oldStatus!: BookingStatus | null;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  newStatus!: BookingStatus;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty()
  at!: Date;

  @ApiProperty({ example: 'user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c', description: 'Who made the change: `user:<id>`, `api-key:<id>` or `system`' })
  actor!: string;

  @ApiProperty({ type: ActorResponse, description: 'Who made the change, with its type, id and name' })
  actorDetails!: ActorResponse;
}

export class BookingNotificationResponse {
  @ApiProperty({
    enum: BOOKING_NOTIFICATION_TYPES,
    enumName: 'BookingNotificationType',
    description:
      '`confirmation` when booked, `reschedule` when moved (both with a calendar invitation, METHOD:REQUEST), `cancellation` ' +
      '(METHOD:CANCEL), `reminder` before each visit',
  })
  type!: BookingNotificationType;

  @ApiProperty({ example: 'jo.bloggs@example.com', description: 'The customer’s e-mail address' })
  to!: string;

  @ApiProperty({ type: Date, nullable: true, description: 'When the mail server took it; null until then' })
  sentAt!: Date | null;

  @ApiProperty({
    enum: BOOKING_NOTIFICATION_STATUSES,
    enumName: 'BookingNotificationStatus',
    description: '`pending`: to be sent (a reminder waits for its time; a failed attempt is retried with back-off); `sent`; `failed`: given up',
  })
  status!: BookingNotificationStatus;

  @ApiProperty({ required: false, example: '451 4.3.0 Mailbox temporarily unavailable', description: 'The last attempt’s failure, while retried or once failed' })
  error?: string;
}

export class BookingDetailResponse extends BookingResponse {
  @ApiProperty({ type: [BookingAuditEntryResponse], description: 'Every change, oldest first' })
  audit!: BookingAuditEntryResponse[];

  @ApiProperty({
    type: [BookingNotificationResponse],
    description: 'The e-mails to the order’s customer about this booking, oldest first: sent, being retried, or reminders still to come',
  })
  notifications!: BookingNotificationResponse[];
}
