export * from './lib/organisation.service';
export * from './lib/organisations.module';
export * from './lib/organisation.loaders';
export * from './lib/organisation-list.types';
export { placeRounds } from './lib/place-page-rounds';
