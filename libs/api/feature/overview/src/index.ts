export * from './lib/overview.module';
export * from './lib/overview.service';
