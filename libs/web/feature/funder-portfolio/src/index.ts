export * from './lib/funder-portfolio-page/funder-portfolio-page';
