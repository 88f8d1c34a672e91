import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, SendMailOptions, Transporter } from 'nodemailer';
import { mailConfig, MailConfig } from '../../config/mail.config';

/** Bounded waits, so a mail server that does not answer fails the attempt (to be retried) instead of holding the sender. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Where messages go: the SMTP server of `SMTP_URL`, or without one (the `npm start` default)
 * an `.eml` file per message under `MAIL_DIR`, the raw RFC 822 message any mail program opens.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly directory: string | null;

  constructor(@Inject(mailConfig.KEY) config: MailConfig) {
    this.directory = config.smtpUrl ? null : config.directory;
    this.transporter = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS })
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Resolves once the server accepted the message (or its file is written); rejects with the server's answer. */
  async send(message: SendMailOptions, fileName: string): Promise<void> {
    const info = (await this.transporter.sendMail(message)) as { message?: Buffer };
    if (this.directory === null) return;
    await mkdir(this.directory, { recursive: true });
    await writeFile(join(this.directory, `${fileName}.eml`), info.message!);
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
