import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { JobQueue } from '@cg/api/core/queue';
import { MailMessage, SEND_EMAIL_JOB } from './mail-message';
import { QueuedEmail } from './mailer';
import { MailTransport } from './mail-transport';
import { BodySealer } from './sealed-body';

export interface FailedEmail {
  id: string;
  to: string;
  subject: string;
  attempts: number;
  queuedAt: Date;
  failedAt: Date | null;
  lastError: string | null;
}

/** The worker that delivers queued email, and the list of sends that gave up. */
@Injectable()
export class MailOutbox implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly queue: JobQueue,
    private readonly transport: MailTransport,
    private readonly sealer: BodySealer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const { retryLimit, retryDelaySeconds } = this.config.mail;
    await this.queue.define<QueuedEmail>(SEND_EMAIL_JOB, { retryLimit, retryDelaySeconds }, (job) => this.deliver(job));
    const line = this.transport.describe();
    if (this.config.mail.transport === 'log' && this.config.nodeEnv === 'production') this.logger.warn(line);
    else if (this.config.nodeEnv !== 'test') this.logger.log(line);
  }

  async onModuleDestroy(): Promise<void> {
    await this.transport.close();
  }

  private async deliver({ to, subject, sealed }: QueuedEmail): Promise<void> {
    const body = this.sealer.open<Pick<MailMessage, 'text' | 'html'>>(sealed);
    await this.transport.deliver({ to, subject, ...body });
  }

  /** Emails that ran out of retries, newest first: the recipient, subject and last error only. */
  async failed(limit = 50): Promise<FailedEmail[]> {
    const jobs = await this.queue.failed<QueuedEmail>(SEND_EMAIL_JOB, limit);
    return jobs.map((job) => ({
      id: job.id,
      to: job.data.to,
      subject: job.data.subject,
      attempts: job.attempts,
      queuedAt: job.createdAt,
      failedAt: job.failedAt,
      lastError: job.lastError,
    }));
  }
}
