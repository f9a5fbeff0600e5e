export * from './lib/partnership-list/partnership-list-page';
export * from './lib/partnership-page/partnership-page';
export * from './lib/labels';
export * from './lib/partnership-create/partnership-create-page';
export * from './lib/partnership-form/partnership-form';
export * from './lib/partnership-form/partnership-fields';
