export * from './lib/dto/create-funding.input';
export * from './lib/dto/funding-fields.input';
export * from './lib/dto/update-funding.input';
export * from './lib/funding-list.types';
export * from './lib/funding.loaders';
export * from './lib/funding.service';
export * from './lib/funding.type';
export * from './lib/funding.module';
