export * from './survey';
export * from './survey-results';
export * from './survey-change';
