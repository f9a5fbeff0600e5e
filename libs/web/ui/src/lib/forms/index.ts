export * from './conflict-notice';
export * from './form-problem';
export * from './graphql-problem';
export * from './uk-dates';
