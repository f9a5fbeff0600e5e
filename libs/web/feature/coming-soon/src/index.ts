export * from './lib/coming-soon-page/coming-soon-page';
