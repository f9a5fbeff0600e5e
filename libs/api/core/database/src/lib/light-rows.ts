import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { preparedRawMany } from './prepared-query';

/** How a column of the table aliased `alias` is named in the result rows. */
export type ResultColumnName = (alias: string, column: string) => string;

const TIMESTAMP_TYPES = new Set<unknown>([
  Date,
  'timestamptz',
  'timestamp',
  'datetime',
  'timestamp with time zone',
  'timestamp without time zone',
]);

/** This module's own naming, `<alias>__<column>`, used by `select`. */
const OWN_NAMES: ResultColumnName = (alias, column) => `${alias}__${column}`;

/**
 * Entities read by hand-written SQL, for hot nested lists (issue #13: the profile showed TypeORM's
 * query building and its result transformer as the largest share of the API's own CPU). The SQL is
 * built once per entity and alias; each row becomes an entity through TypeORM's own per-column
 * conversion (dates, money transformers), without the query builder or the relation-grouping
 * transformer. Use `select` in the SQL, then `hydrate` on each row; or hydrate the raw rows of a
 * query builder's own select (`queryBuilderRows`).
 */
export class LightRows<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  /** Each column's name in the result rows, worked out once. */
  private readonly resultNames: string[];
  private readonly idName: string;
  /** Which columns are timestamps: pg parses them into Dates, json leaves them ISO text. */
  private readonly timestamps: boolean[];

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    /** The table's alias in the SQL; also the prefix of its result columns (`<alias>__<column>`). */
    readonly alias: string,
    resultName: ResultColumnName = OWN_NAMES,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
    this.resultNames = this.columns.map((column) => resultName(alias, column.databaseName));
    this.idName = resultName(alias, 'id');
    this.timestamps = this.columns.map((column) => TIMESTAMP_TYPES.has(column.type));
  }

  /** The select list: every column TypeORM would select, named `<alias>__<column>`. */
  get select(): string {
    return this.selectOf(undefined);
  }

  /** `select` of only these entity properties (all of them when undefined); `hydrate` leaves the rest unset. */
  selectOf(properties: readonly string[] | undefined): string {
    return this.columns
      .map((column, index) =>
        properties && !properties.includes(column.propertyName)
          ? undefined
          : `"${this.alias}"."${column.databaseName}" AS "${this.resultNames[index]}"`,
      )
      .filter((select) => select !== undefined)
      .join(', ');
  }

  /**
   * The same select list for rows that reach the API inside json (`json_agg` of a subquery): an enum
   * array becomes its array literal, which is how TypeORM expects to read it; every other column's
   * json value (numbers, booleans, text arrays, timestamps as ISO text) hydrates as its column does.
   */
  get jsonSelect(): string {
    return this.jsonSelectOf(undefined);
  }

  /**
   * `jsonSelect` of only these entity properties (all of them when undefined): a nested list reads the
   * columns its query asks for. Its rows hydrate as partial entities (`hydrate` leaves the rest unset).
   */
  jsonSelectOf(properties: readonly string[] | undefined): string {
    return this.columns
      .map((column, index) => {
        if (properties && !properties.includes(column.propertyName)) return undefined;
        const value = `"${this.alias}"."${column.databaseName}"`;
        const cast = column.isArray && column.type === 'enum' ? `${value}::text` : value;
        return `${cast} AS "${this.resultNames[index]}"`;
      })
      .filter((select) => select !== undefined)
      .join(', ');
  }

  /**
   * The entity in `row` (`fromJson`: a row of `jsonSelect`), or null when its id is null (the table was left-joined and had no row, or
   * row-level security hid it). A column the row does not hold stays unset, as TypeORM leaves it.
   */
  hydrate(row: Record<string, unknown>, fromJson = false): T | null {
    if (row[this.idName] === null || row[this.idName] === undefined) return null;
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.dataSource.driver;
    for (let index = 0; index < this.columns.length; index++) {
      let value = row[this.resultNames[index]];
      if (value === undefined) continue;
      if (fromJson && this.timestamps[index] && typeof value === 'string') value = new Date(value);
      const column = this.columns[index];
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}

const cache = new WeakMap<DataSource, Map<string, LightRows<ObjectLiteral>>>();

/** One LightRows per DataSource, entity and alias (the select list is built once). */
export function lightRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): LightRows<T> {
  return cached(dataSource, entity, alias, 'own', () => new LightRows(dataSource, entity, alias));
}

/**
 * Reads the rows of a query builder's `getRawMany()` whose main alias selects the whole entity: the
 * columns are named as TypeORM names them (`<alias>_<column>`, shortened past PostgreSQL's limit).
 */
export function queryBuilderRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): LightRows<T> {
  const driver = dataSource.driver;
  return cached(
    dataSource,
    entity,
    alias,
    'typeorm',
    () =>
      new LightRows(dataSource, entity, alias, (table, column) =>
        DriverUtils.buildAlias(driver, undefined, table, column),
      ),
  );
}

/** One record by id, hydrated lightly, or null when there is none the caller may read. */
export async function lightById<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  const rows = lightRows(dataSource, entity, 'record');
  const table = dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  const found: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${rows.select} FROM ${table} "record" WHERE "record"."id" = $1`,
    [id],
  );
  return found.length ? rows.hydrate(found[0]) : null;
}

/**
 * A query builder's rows as entities, each with its raw row (for keys it selected besides), hydrated
 * by LightRows when it reads one table: TypeORM's result transformer was the largest share of a
 * list's CPU in the API (docs/performance.md). With joins, TypeORM groups the rows as before.
 */
export async function entitiesWithRaw<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  /** Reads the rows as a named prepared statement (`preparedRawMany`); only for texts from code. */
  prepared = false,
): Promise<{ entity: T; raw: Record<string, unknown> }[]> {
  const expressions = qb.expressionMap;
  const main = expressions.mainAlias;
  const oneTable =
    main?.hasMetadata &&
    expressions.joinAttributes.length === 0 &&
    expressions.relationIdAttributes.length === 0 &&
    expressions.relationCountAttributes.length === 0;
  if (main && oneTable) {
    const rows = queryBuilderRows<T>(qb.connection, main.metadata.target, main.name);
    const raw = prepared ? await preparedRawMany(qb) : await qb.getRawMany<Record<string, unknown>>();
    return raw.map((row) => ({ entity: rows.hydrate(row) as T, raw: row }));
  }
  const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  if (entities.length !== raw.length) {
    // A to-many join repeats an entity over rows; callers that pair them need one row per entity.
    throw new Error('entitiesWithRaw needs one row per entity: load to-many relations through a loader.');
  }
  return entities.map((entity, index) => ({ entity, raw: raw[index] }));
}

/** A query builder's entities, as `getMany()` gives them (hydrated lightly when it reads one table). */
export async function lightMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const expressions = qb.expressionMap;
  if (expressions.joinAttributes.length > 0) return qb.getMany();
  return (await entitiesWithRaw(qb)).map((row) => row.entity);
}

function cached<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  naming: string,
  make: () => LightRows<T>,
): LightRows<T> {
  let perSource = cache.get(dataSource);
  if (!perSource) cache.set(dataSource, (perSource = new Map()));
  const key = `${dataSource.getMetadata(entity).name}|${alias}|${naming}`;
  let rows = perSource.get(key);
  if (!rows) perSource.set(key, (rows = make() as unknown as LightRows<ObjectLiteral>));
  return rows as unknown as LightRows<T>;
}
