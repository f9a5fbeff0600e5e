export * from './lib/mail-message';
export * from './lib/mailer';
export * from './lib/mail-transport';
export * from './lib/mail-outbox';
export * from './lib/mail.module';
export * from './lib/email-layout';
