export * from './lib/needs.module';
