export * from './lib/dto/create-partnership.input';
export * from './lib/dto/membership.input';
export * from './lib/dto/update-partnership.input';
export * from './lib/membership.service';
export * from './lib/partnership-list.types';
export * from './lib/partnership.loaders';
export * from './lib/partnership.service';
export * from './lib/partnerships.module';
