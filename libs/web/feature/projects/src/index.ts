export * from './lib/project-list/project-list-page';
export * from './lib/project-page/project-page';
