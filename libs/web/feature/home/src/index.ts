export * from './lib/home-page/home-page';
