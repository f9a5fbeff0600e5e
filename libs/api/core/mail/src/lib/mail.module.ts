import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { Mailer, QueuedMailer } from './mailer';
import { MailOutbox } from './mail-outbox';
import { LogMailTransport, MailTransport, SmtpMailTransport } from './mail-transport';
import { BodySealer } from './sealed-body';

/** Email for the whole API: `Mailer` to send, `MailOutbox` for what failed. Needs the QueueModule. */
@Global()
@Module({
  providers: [
    {
      provide: BodySealer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new BodySealer(config.sessionSecret),
    },
    {
      provide: MailTransport,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.mail.transport === 'smtp' ? new SmtpMailTransport(config.mail) : new LogMailTransport(),
    },
    { provide: Mailer, useClass: QueuedMailer },
    MailOutbox,
  ],
  exports: [Mailer, MailOutbox],
})
export class MailModule {}
