export * from './lib/outcomes.module';
