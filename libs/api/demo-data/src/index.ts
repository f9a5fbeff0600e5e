export * from './lib/generate-network';
export * from './lib/load-network';
export * from './lib/tables';
