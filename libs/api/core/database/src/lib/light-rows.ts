import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Entities read by hand-written SQL, for hot nested lists (issue #13: the profile showed TypeORM's
 * query building and its result transformer as the largest share of the API's own CPU). The SQL is
 * built once per entity and alias; each row becomes an entity through TypeORM's own per-column
 * conversion (dates, money transformers), without the query builder or the relation-grouping
 * transformer. Use `select` in the SQL, then `hydrate` on each row.
 */
export class LightRows<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    /** The table's alias in the SQL; also the prefix of its result columns (`<alias>__<column>`). */
    readonly alias: string,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  }

  /** The select list: every column TypeORM would select, named `<alias>__<column>`. */
  get select(): string {
    return this.columns.map((column) => `"${this.alias}"."${column.databaseName}" AS "${this.alias}__${column.databaseName}"`).join(', ');
  }

  /** The entity in `row`, or null when its id is null (the table was left-joined and had no row, or row-level security hid it). */
  hydrate(row: Record<string, unknown>): T | null {
    if (row[`${this.alias}__id`] === null || row[`${this.alias}__id`] === undefined) return null;
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.dataSource.driver;
    for (const column of this.columns) {
      const value = row[`${this.alias}__${column.databaseName}`];
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}

const cache = new WeakMap<DataSource, Map<string, LightRows<ObjectLiteral>>>();

/** One LightRows per DataSource, entity and alias (the select list is built once). */
export function lightRows<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, alias: string): LightRows<T> {
  let perSource = cache.get(dataSource);
  if (!perSource) cache.set(dataSource, (perSource = new Map()));
  const key = `${dataSource.getMetadata(entity).name}|${alias}`;
  let rows = perSource.get(key);
  if (!rows) perSource.set(key, (rows = new LightRows(dataSource, entity, alias) as unknown as LightRows<ObjectLiteral>));
  return rows as unknown as LightRows<T>;
}
