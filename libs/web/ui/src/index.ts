export * from './lib/count-breakdown/count-breakdown';
export * from './lib/empty-state/empty-state';
export * from './lib/error-state/error-state';
export * from './lib/format/format-count';
export * from './lib/loading-state/loading-state';
export * from './lib/stat-card/stat-card';
export * from './lib/format/format-money';
export * from './lib/forms';
