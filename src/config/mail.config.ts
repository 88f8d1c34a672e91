import { ConfigType, registerAs } from '@nestjs/config';

/** The sender of customer e-mail outside production, where MAIL_FROM is required. */
export const DEVELOPMENT_MAIL_FROM = 'Vision Telematics <bookings@vision-telematics.example>';

export const mailConfig = registerAs('mail', () => ({
  /** `smtp://` or `smtps://` URL of the mail server; null writes each message as an .eml file to `directory`. */
  smtpUrl: process.env.SMTP_URL || null,
  from: process.env.MAIL_FROM || DEVELOPMENT_MAIL_FROM,
  /** Where messages go without SMTP_URL, one `.eml` file each. */
  directory: process.env.MAIL_DIR || './data/mail',
  /** A reminder goes this many hours before each visit. */
  reminderHoursBefore: Number(process.env.REMINDER_HOURS_BEFORE ?? 24),
  /** How often each instance looks for messages due (reminders, retries); 0: only when an event queued one. */
  pollIntervalMs: Number(process.env.MAIL_POLL_INTERVAL_MS ?? 30000),
  /** Attempts per message before it is `failed`. */
  maxAttempts: Number(process.env.MAIL_MAX_ATTEMPTS ?? 8),
  /** The first retry's delay; doubles with each failed attempt, at most an hour. */
  retryBaseMs: Number(process.env.MAIL_RETRY_BASE_MS ?? 60000),
  /** How long a message being sent stays hidden from other instances. */
  leaseMs: Number(process.env.MAIL_LEASE_MS ?? 120000),
}));

export type MailConfig = ConfigType<typeof mailConfig>;
