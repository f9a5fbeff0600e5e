export * from './lib/relationships.module';
export * from './lib/relationship.service';
export * from './lib/relationship.type';
export * from './lib/relationship-list.types';
export * from './lib/tie.loaders';
