export * from './lib/people.module';
export * from './lib/person.service';
export * from './lib/person-list.types';
export * from './lib/people.loaders';
