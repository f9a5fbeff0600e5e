import './lib/domain-enums';

export * from './lib/domain-error';
export * from './lib/format-error';
