export * from './lib/outcome-list/outcome-list-page';
export * from './lib/outcome-page/outcome-page';
export * from './lib/outcome-create/outcome-create-page';
