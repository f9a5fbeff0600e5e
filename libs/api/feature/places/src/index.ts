export * from './lib/place.service';
export * from './lib/places.module';
export * from './lib/place.loaders';
export * from './lib/place-list.types';
