export * from './lib/activities.module';
