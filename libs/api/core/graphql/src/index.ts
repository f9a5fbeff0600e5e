import './lib/domain-enums';

export * from './lib/domain-error';
export * from './lib/format-error';
export * from './lib/record.type';
export * from './lib/validation';
export * from './lib/version.input';
export * from './lib/current-actor.decorator';
export * from './lib/domain-error.filter';
