export * from './lib/funding-form/funding-form';
export * from './lib/funding-section/funding-section';
export * from './lib/funding-fields';
export * from './lib/labels';
export * from './lib/permissions';
export * from './lib/schedule';
