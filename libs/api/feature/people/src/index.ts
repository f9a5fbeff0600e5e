export * from './lib/people.module';
