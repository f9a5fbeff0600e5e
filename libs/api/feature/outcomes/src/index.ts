export * from './lib/outcomes.module';
export * from './lib/outcome.service';
export * from './lib/indicator.service';
export * from './lib/story.service';
export * from './lib/outcome-list.types';
export * from './lib/outcome.loaders';
