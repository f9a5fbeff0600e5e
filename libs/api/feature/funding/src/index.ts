export * from './lib/funding.module';
