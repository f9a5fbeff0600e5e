export * from './lib/place-list/place-list-page';
export * from './lib/place-page/place-page';
export * from './lib/place-create/place-create-page';
export * from './lib/place-map/place-map-page';
