export * from './lib/partnerships.module';
