import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { SendMailOptions } from 'nodemailer';
import { Clock, UnitOfWork } from '@app/common';
import { mailConfig, MailConfig } from '../../config/mail.config';
import { retryDelayMs } from '../../outbox/outbox-backoff';
import { AppointmentsService } from '../appointments/appointments.service';
import { BookingInvitationsService, InvitationMethod } from '../bookings/booking-invitations.service';
import { SettingsService } from '../settings/settings.service';
import { composeCustomerMessage } from './customer-message';
import { NotificationEntity } from './entities/notification.entity';
import { MailTransport } from './mail-transport';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { isOvertaken } from './overtaken';
import { senderOf } from './sender-address';

/** Messages claimed at once by one instance. */
const BATCH_SIZE = 20;

/**
 * Sends the customer e-mails that are due, on every instance: after an event queued some, and
 * every `MAIL_POLL_INTERVAL_MS` for reminders and retries. Each message is claimed before it is
 * sent, so two instances never send the same one. A message is built when it goes, from the
 * booking as it is then; one the booking has overtaken (`isOvertaken`) is dropped unsent. A
 * failed attempt is retried with back-off, up to `MAIL_MAX_ATTEMPTS`, then the message is
 * `failed` with the server's answer.
 */
@Injectable()
export class CustomerMailSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CustomerMail');
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly notificationsService: NotificationsService,
    private readonly invitations: BookingInvitationsService,
    private readonly appointments: AppointmentsService,
    private readonly settingsService: SettingsService,
    private readonly transport: MailTransport,
    private readonly unitOfWork: UnitOfWork,
    private readonly schedulerRegistry: SchedulerRegistry,
    private readonly clock: Clock,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.pollIntervalMs === 0) return;
    // ScheduleModule clears the intervals it registers before the application shuts down.
    const timer = setInterval(() => void this.sendDue(), this.config.pollIntervalMs);
    timer.unref();
    this.schedulerRegistry.addInterval('customer-mail', timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.queued;
    await this.running;
  }

  /**
   * Sends what is due. A call during a pass joins the one pass queued after it, which sees
   * everything queued meanwhile. Never rejects: a pass that fails is repeated by the timer.
   */
  sendDue(): Promise<void> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.sendDue();
    });
    return this.queued;
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopping) {
        const now = this.clock.now();
        const leaseUntil = new Date(now.getTime() + this.config.leaseMs);
        const claimed = await this.unitOfWork.run((manager) => this.notifications.claimDue(manager, { now, leaseUntil, limit: BATCH_SIZE }));
        for (const notification of claimed) await this.deliver(notification);
        if (claimed.length < BATCH_SIZE) return;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'Sending customer e-mail failed; the next pass tries again');
    }
  }

  private async deliver(notification: NotificationEntity): Promise<void> {
    try {
      const message = await this.messageOf(notification);
      if (!message) {
        await this.notifications.deletePending(notification.id);
        return;
      }
      await this.transport.send(message, `${this.clock.now().toISOString().replace(/[:.]/g, '-')}-${notification.type}-${notification.id}`);
      await this.notifications.markSent(notification.id, { recipient: String(message.to), sentAt: this.clock.now() });
    } catch (error) {
      const at = this.clock.now();
      const giveUp = notification.attempts >= this.config.maxAttempts;
      const retryAt = giveUp ? null : new Date(at.getTime() + retryDelayMs(this.config, notification.attempts));
      const text = error instanceof Error ? error.message : String(error);
      this.logger.warn({ err: error, notification: notification.id, attempts: notification.attempts, giveUp }, 'A customer e-mail was not sent');
      await this.notifications.markAttemptFailed(notification.id, { error: text.slice(0, 2000), at, retryAt });
    }
  }

  /** The message as the booking is now; null when the booking has overtaken it. */
  private async messageOf(notification: NotificationEntity): Promise<SendMailOptions | null> {
    const method: InvitationMethod = notification.type === 'cancellation' ? 'CANCEL' : 'REQUEST';
    const from = senderOf(this.config.from);
    const [{ site: orderSite, customer }, settings] = await Promise.all([this.notificationsService.siteAndCustomerOf(notification.orderId), this.settingsService.current()]);
    const { booking, site, ics } = await this.invitations.invitationFor(notification.bookingId, method, { organizer: from, attendee: customer }, orderSite);
    if (isOvertaken(notification, booking, this.clock.now())) return null;
    const reminderOf = notification.type === 'reminder' ? booking.visits[notification.visitNumber - 1] : undefined;
    const { subject, text } = composeCustomerMessage({
      type: notification.type,
      customerName: customer.name,
      orderNumber: site?.number ?? booking.orderId,
      timeZone: settings.timezone,
      visits: reminderOf ? [reminderOf] : booking.visits,
      ...(reminderOf && { visitOf: { number: notification.visitNumber, count: booking.visits.length } }),
      address: site?.address ?? null,
      vehicles: site?.vehicles ?? [],
      // Where the customer can see, move or cancel it; a cancelled appointment has nothing left to manage.
      ...(notification.type !== 'cancellation' && { manageUrl: await this.appointments.linkFor(notification.bookingId) }),
    });
    return {
      from: { name: from.name, address: from.email },
      to: customer.email,
      subject,
      text,
      date: this.clock.now(),
      // The same id on every attempt: a server that took a message whose answer was lost can tell a retry.
      messageId: `<notification-${notification.id}@vision-telematics>`,
      ...(notification.type !== 'reminder' && { icalEvent: { method, filename: 'invitation.ics', content: ics } }),
    };
  }
}
