import { Injectable, Logger } from '@nestjs/common';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where email goes. Swap the provider for a real transport (SMTP, an API) in production. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}

/** The default: writes each email to the log, so a developer can follow reset and invitation links. */
@Injectable()
export class ConsoleMailer extends Mailer {
  private readonly logger = new Logger('Mail');

  async send({ to, subject, text }: MailMessage): Promise<void> {
    this.logger.log(`To: ${to} | ${subject}\n${text}`);
  }
}
