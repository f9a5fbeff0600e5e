export * from './lib/activities.module';
export * from './lib/activity.service';
export * from './lib/activity.type';
export * from './lib/activity-list.types';
