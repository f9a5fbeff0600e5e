export * from './lib/organisation.type';
export * from './lib/outcome.type';
export * from './lib/partnership.type';
export * from './lib/person.type';
export * from './lib/place-shape.type';
export * from './lib/place.type';
export * from './lib/project.type';
export * from './lib/record-loaders';
