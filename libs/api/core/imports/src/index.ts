export * from './lib/count-lines';
export * from './lib/import-job.service';
export * from './lib/import-job.type';
export * from './lib/import-runner';
export * from './lib/import-runners';
export * from './lib/imports.module';
export * from './lib/import-report-builder';
export * from './lib/seen-identifiers';
