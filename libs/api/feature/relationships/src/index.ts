export * from './lib/relationships.module';
