export * from './lib/place.service';
export * from './lib/place.type';
export * from './lib/places.module';
