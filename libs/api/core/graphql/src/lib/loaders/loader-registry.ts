import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** A typed handle for one kind of batched load; define it once, next to the feature. */
export interface LoaderDefinition<K, V, C = K> {
  readonly name: string;
  /**
   * `loaders` is the request's registry, so a batch that reads related records too can prime their
   * loaders; absent when a batch is called directly, outside a registry.
   */
  readonly batch: (dataSource: DataSource, loaders?: LoaderRegistry) => DataLoader.BatchLoadFn<K, V>;
  readonly options?: DataLoader.Options<K, V, C>;
}

/**
 * `defineLoader('organisationById', (db) => (ids) => byIdBatch(db.getRepository(OrganisationEntity), ids))`.
 * The batch function gets every key asked for in one tick and answers in the same order.
 */
export function defineLoader<K, V, C = K>(
  name: string,
  batch: (dataSource: DataSource, loaders?: LoaderRegistry) => DataLoader.BatchLoadFn<K, V>,
  options?: DataLoader.Options<K, V, C>,
): LoaderDefinition<K, V, C> {
  return Object.freeze({ name, batch, ...(options ? { options } : {}) });
}

/**
 * The DataLoaders of one GraphQL request. Made fresh per request so its cache never
 * outlives the request (no stale reads, no data crossing between users), and each
 * loader is created on first use.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<
    LoaderDefinition<unknown, unknown, unknown>,
    DataLoader<unknown, unknown, unknown>
  >();

  constructor(private readonly dataSource: DataSource) {}

  get<K, V, C = K>(definition: LoaderDefinition<K, V, C>): DataLoader<K, V, C> {
    const key = definition as unknown as LoaderDefinition<unknown, unknown, unknown>;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(definition.batch(this.dataSource, this), {
        name: definition.name,
        ...definition.options,
      }) as DataLoader<unknown, unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V, C>;
  }
}
