export * from './lib/org-id';
export * from './lib/organisation-type';
export * from './lib/records';
export * from './lib/visibility';
export * from './lib/gss-code';
export * from './lib/outcome-progress';
export * from './lib/network';
export * from './lib/analytics-words';
