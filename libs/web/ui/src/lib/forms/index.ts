export * from './conflict-notice';
export * from './date-order';
export * from './form-problem';
export * from './graphql-problem';
export * from './record-save';
export * from './uk-dates';
export * from './date-field';
export * from './select-field';
