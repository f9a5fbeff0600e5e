import './lib/domain-enums';

export * from './lib/format-error';
export * from './lib/database-fault';
export * from './lib/record.type';
export * from './lib/validation';
export * from './lib/text-safety';
export * from './lib/version.input';
export * from './lib/current-actor.decorator';
export * from './lib/domain-error.filter';
export * from './lib/database-fault.filter';

// Lists: Relay connections, keyset paging, one filter grammar, sorting (see README.md).
export * from './lib/sql/sql-params';
export * from './lib/scalars/date.scalar';
export * from './lib/scalars/number-list.scalar';
export * from './lib/pagination/connection.type';
export * from './lib/pagination/connection.args';
export * from './lib/pagination/cursor';
export * from './lib/pagination/keyset';
export * from './lib/pagination/page-window';
export * from './lib/pagination/paginate';
export * from './lib/pagination/page-texts';
export * from './lib/pagination/node-columns';
export * from './lib/pagination/record-list';
export * from './lib/sorting/sort-direction';
export * from './lib/sorting/sort-spec';
export * from './lib/sorting/sort-input';
export * from './lib/filtering/like-pattern';
export * from './lib/filtering/scalar-filters';
export * from './lib/filtering/enum-filter';
export * from './lib/filtering/filter-input';
export * from './lib/filtering/compile-filter';
export * from './lib/filtering/apply-filter';
export * from './lib/filtering/record-filter';

// Per-request DataLoaders on the GraphQL context.
export * from './lib/loaders/loader-registry';
export * from './lib/loaders/batch';
export * from './lib/loaders/graphql-context';
export * from './lib/loaders/loaders.decorator';
export * from './lib/loaders/plain-field';
export * from './lib/loaders/nested-lists';
export * from './lib/loaders/selection-columns';
export * from './lib/loaders/attached-values';
export * from './lib/loaders/linked-records';

// Depth, alias and complexity limits on every operation.
export * from './lib/limits/query-limits.plugin';
export * from './lib/filtering/id-conditions';
export * from './lib/filtering/missions-filter';
export * from './lib/filtering/name-search';
export * from './lib/domain-error-http.filter';

// Shared fields of record inputs: type, validation and messages defined once.
export * from './lib/inputs/input-fields';
export * from './lib/inputs/update-input';
