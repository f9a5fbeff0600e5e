export * from './entities';
export * from './lib/column-types';
export * from './lib/connect-database';
export * from './lib/embedded-postgres';
export * from './lib/import-esm';
export * from './lib/record.entity';
export * from './lib/typeorm-options';
