export * from './lib/mail-catcher';
