export * from './lib/person-list/person-list-page';
export * from './lib/person-page/person-page';
export * from './lib/person-create/person-create-page';
