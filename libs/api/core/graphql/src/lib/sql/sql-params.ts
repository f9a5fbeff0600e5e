import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A piece of WHERE clause with its named parameters (`:name`, TypeORM style). */
export interface SqlCondition {
  sql: string;
  params?: Record<string, unknown>;
}

/** TypeORM only recognises parameter names made of these characters. */
const PARAM_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Collects the values of one generated condition under names nothing else on the query
 * uses, so filters, cursors and hand-written conditions compose without clashes. Values
 * are always bound, never spliced into the SQL.
 */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    private readonly prefix: string,
    private readonly taken: (name: string) => boolean = () => false,
  ) {}

  /** Names that are free on this query builder. */
  static for(qb: { getParameters(): ObjectLiteral }, prefix: string): SqlParams {
    return new SqlParams(prefix, (name) => name in qb.getParameters());
  }

  /** Binds a value and returns its placeholder, e.g. `:filter_3`. */
  bind(value: unknown): string {
    const name = this.freshName();
    this.values[name] = value;
    return `:${name}`;
  }

  /** Takes in a hand-written condition, renaming its parameters to fresh names. */
  adopt(condition: SqlCondition): string {
    let sql = condition.sql;
    for (const [name, value] of Object.entries(condition.params ?? {})) {
      if (!PARAM_NAME.test(name)) throw new Error(`SQL parameter names may use only letters, digits and _: "${name}".`);
      const fresh = this.freshName();
      this.values[fresh] = value;
      // (?<!:) keeps casts such as `x::text` intact; the lookahead stops `:id` matching `:ids`.
      sql = sql.replace(
        new RegExp(`(?<!:):(\\.\\.\\.)?${name}(?![A-Za-z0-9_.])`, 'g'),
        (_match, spread?: string) => `:${spread ?? ''}${fresh}`,
      );
    }
    return sql;
  }

  private freshName(): string {
    let name: string;
    do name = `${this.prefix}_${this.counter++}`;
    while (name in this.values || this.taken(name));
    return name;
  }
}

/**
 * `qb.andWhere(sql)` after an earlier `orWhere` would bind as `a OR (b AND sql)`; group the
 * existing clauses first so the new condition narrows the whole query.
 */
export function andWhereGrouped<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  sql: string,
  params: Record<string, unknown>,
): void {
  const wheres = qb.expressionMap.wheres;
  if (wheres.some((clause) => clause.type === 'or')) {
    qb.expressionMap.wheres = [{ type: 'simple', condition: wheres }];
  }
  qb.andWhere(`(${sql})`, params);
}
