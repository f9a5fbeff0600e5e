export * from './lib/needs.module';
export * from './lib/need.service';
export * from './lib/need.type';
export * from './lib/need-list.types';
