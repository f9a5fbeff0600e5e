export * from './indices';
export * from './growth-series';
