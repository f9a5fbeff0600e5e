export * from './lib/organisation.service';
export * from './lib/organisation.type';
export * from './lib/organisations.module';
export * from './lib/organisation.loaders';
export * from './lib/organisation-list.types';
export * from './lib/organisation-search';
