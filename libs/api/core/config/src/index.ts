export * from './lib/app-config';
export * from './lib/app-config.token';
export * from './lib/startup-error';
export * from './lib/running-config';
