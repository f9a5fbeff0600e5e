import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '@cg/api/core/queue';
import { MailMessage, SEND_EMAIL_JOB } from './mail-message';
import { BodySealer, SealedBody } from './sealed-body';

/** What the queue stores for one email: the envelope in the clear, the body sealed. */
export interface QueuedEmail {
  to: string;
  subject: string;
  sealed: SealedBody;
}

/** Sends email. Queues it and returns at once: delivery and its retries happen in the background. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}

@Injectable()
export class QueuedMailer extends Mailer {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly queue: JobQueue,
    private readonly sealer: BodySealer,
  ) {
    super();
  }

  /** Never throws: a request that sends mail succeeds even when the queue cannot take the message. */
  async send({ to, subject, text, html }: MailMessage): Promise<void> {
    const job: QueuedEmail = { to, subject, sealed: this.sealer.seal({ text, html }) };
    try {
      await this.queue.send(SEND_EMAIL_JOB, job);
    } catch (error) {
      this.logger.error(`An email could not be queued: ${(error as Error).message}`);
    }
  }
}
