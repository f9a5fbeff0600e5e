export * from './indices';
