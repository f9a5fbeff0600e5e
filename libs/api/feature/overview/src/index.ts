export * from './lib/overview.module';
