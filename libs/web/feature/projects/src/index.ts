export * from './lib/project-list/project-list-page';
export * from './lib/project-page/project-page';
export * from './lib/project-create/project-create-page';
export * from './lib/project-form/project-form';
export * from './lib/project-form/project-fields';
