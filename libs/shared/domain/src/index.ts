export * from './lib/organisation-type';
export * from './lib/visibility';
