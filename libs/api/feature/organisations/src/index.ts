export * from './lib/organisation.service';
export * from './lib/organisation.type';
export * from './lib/organisations.module';
