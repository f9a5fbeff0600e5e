export * from './lib/imports-page/imports-page';
