export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/auth.types';
export * from './lib/current-user';
export * from './lib/mailer';
export * from './lib/password';
export * from './lib/session-token';
