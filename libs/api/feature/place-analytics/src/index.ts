export * from './lib/analytics-sql';
export * from './lib/funder-portfolio.service';
export * from './lib/funder-portfolio.type';
export * from './lib/place-analytics.loaders';
export * from './lib/place-analytics.module';
export * from './lib/place-analytics.service';
export * from './lib/place-analytics.type';
