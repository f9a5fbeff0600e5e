export * from './lib/sign-in-page/sign-in-page';
export * from './lib/accept-invitation-page/accept-invitation-page';
export * from './lib/reset-password-page/reset-password-page';
