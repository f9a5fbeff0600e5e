export * from './lib/place.service';
export * from './lib/place.type';
export * from './lib/places.module';
export * from './lib/place.loaders';
export * from './lib/place-list.types';
export * from './lib/shapes/place-shape.type';
