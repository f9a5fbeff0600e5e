import { Logger } from '@nestjs/common';
import type { MailConfig } from '@cg/api/core/config';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage } from './mail-message';

/** Where a queued email finally goes. */
export abstract class MailTransport {
  abstract deliver(message: MailMessage): Promise<void>;
  /** One line for the start-up log, without any password. */
  abstract describe(): string;
  async close(): Promise<void> {
    return undefined;
  }
}

/** SMTP through nodemailer: `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`. */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(private readonly config: MailConfig) {
    super();
    this.transporter = createTransport(config.smtpUrl);
  }

  async deliver(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.config.from, ...message });
  }

  describe(): string {
    const url = new URL(this.config.smtpUrl ?? '');
    return `Email is sent through ${url.protocol}//${url.host} from ${this.config.from}.`;
  }

  override async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Writes each email to the log, so a developer can follow reset and invitation links. */
export class LogMailTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver({ to, subject, text }: MailMessage): Promise<void> {
    this.logger.log(`To: ${to} | ${subject}\n${text}`);
  }

  describe(): string {
    return 'Email is only written to this log, never sent (MAIL_TRANSPORT=log): invitations and password resets will not arrive.';
  }
}
