export * from './lib/network-map-page/network-map-page';
export * from './lib/partner-ratings-page/partner-ratings-page';
