export * from './graph-measures';
export * from './indices';
