import { DataSource } from 'typeorm';
import { DomainError } from '@cg/shared/domain';

/** Column name from a PostgreSQL constraint detail, e.g. `Key (identifier)=(GB-CHC-1)` → identifier. */
function keyColumn(detail: string | undefined): string | undefined {
  return /Key \(([^)]+)\)/.exec(detail ?? '')?.[1];
}

/**
 * Turns constraint violations into errors a person can act on; anything else is
 * returned unchanged and surfaces as an internal error with a reference.
 */
export function mapDatabaseError(error: unknown, dataSource?: DataSource): unknown {
  const pg = error as { code?: string; detail?: string; constraint?: string; column?: string };
  // PostgreSQL leaves the key out of the detail on tables with row-level security, so fall
  // back to the columns of the constraint, known from the entity metadata.
  const column = keyColumn(pg.detail) ?? pg.column ?? constraintColumn(dataSource, pg.constraint);
  switch (pg.code) {
    case '23505':
      return new DomainError('CONFLICT', `Another record already has this ${column ?? 'value'}.`, { field: camel(column) });
    case '23503':
      return new DomainError('BAD_USER_INPUT', `The linked record (${column ?? 'reference'}) does not exist.`, {
        field: camel(column),
      });
    case '23514':
      return new DomainError('BAD_USER_INPUT', `The values break the rule "${pg.constraint}".`, { constraint: pg.constraint });
    case '23502':
      return new DomainError('BAD_USER_INPUT', `${camel(pg.column)} is required.`, { field: camel(pg.column) });
    case '22P02':
      return new DomainError('BAD_USER_INPUT', 'An id or value is not in the expected format.');
    default:
      return error;
  }
}

function camel(column: string | undefined): string | undefined {
  return column?.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function constraintColumn(dataSource: DataSource | undefined, constraint: string | undefined): string | undefined {
  if (!dataSource || !constraint) return undefined;
  for (const entity of dataSource.entityMetadatas) {
    const unique = [...entity.uniques, ...entity.indices].find((candidate) => candidate.name === constraint);
    if (unique) return unique.columns[0]?.databaseName;
    const foreignKey = entity.foreignKeys.find((candidate) => candidate.name === constraint);
    if (foreignKey) return foreignKey.columnNames[0];
  }
  return undefined;
}
