export * from './lib/partnership-list/partnership-list-page';
export * from './lib/partnership-page/partnership-page';
export * from './lib/activity-timeline/activity-timeline';
export * from './lib/labels';
export * from './lib/list-params';
