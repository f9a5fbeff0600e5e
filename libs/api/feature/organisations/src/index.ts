export * from './lib/organisation.entity';
export * from './lib/organisations.module';
