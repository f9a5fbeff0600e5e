export * from './lib/import/place-import-kind';
export * from './lib/import/import-report';
export * from './lib/import/import-run';
export * from './lib/import/run-place-import';
export * from './lib/postcodes/normalise-postcode';
export * from './lib/place-data.module';
export * from './lib/postcodes/postcode-lookup.type';
