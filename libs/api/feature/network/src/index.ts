export * from './lib/network.module';
export * from './lib/network.service';
export * from './lib/network.types';
export * from './lib/network.compute';
export * from './lib/collaboration.loaders';
export * from './lib/network-rows';
export * from './lib/subgraph-ties.sql';
