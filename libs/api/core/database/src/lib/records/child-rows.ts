import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { FieldChanges } from '../../entities/audit-log.entity';
import { LinkTable, replaceLinks } from './link-tables';

/**
 * The rows that belong to one record (link tables, identifiers, instalments), as a record's
 * write may change them: only inside RecordWriter, after the rights and version checks on
 * the record, and with the gate open. Deliberately narrow: no way to reach other records.
 */
export interface ChildRows {
  /** Makes the record's links in `link` exactly `ids`; the change, for the audit row. */
  replaceLinks(link: LinkTable, ids: readonly string[]): Promise<FieldChanges>;
  insert<E extends ObjectLiteral>(
    target: EntityTarget<E>,
    rows: QueryDeepPartialEntity<E> | QueryDeepPartialEntity<E>[],
  ): Promise<void>;
  update<E extends ObjectLiteral>(
    target: EntityTarget<E>,
    where: FindOptionsWhere<E>,
    values: QueryDeepPartialEntity<E>,
  ): Promise<void>;
  delete<E extends ObjectLiteral>(target: EntityTarget<E>, where: FindOptionsWhere<E>): Promise<void>;
  /** Raw SQL for what the others cannot say; the feature-writes spec allows write SQL only here. */
  write<R = unknown>(sql: string, params?: unknown[]): Promise<R>;
}

/** What a record's write does to its child rows; returns the changes for the record's audit row. */
export type ChildWrite<T> = (rows: ChildRows, record: T) => Promise<FieldChanges>;

export function childRows(manager: EntityManager, recordId: string): ChildRows {
  return {
    replaceLinks: (link, ids) => replaceLinks(manager, link, recordId, ids),
    insert: async (target, rows) => void (await manager.insert(target, rows)),
    update: async (target, where, values) => void (await manager.update(target, where, values)),
    delete: async (target, where) => void (await manager.delete(target, where)),
    write: (sql, params) => manager.query(sql, params),
  };
}

/** Child rows of many new records at once (imports): everything ChildRows does but replacing one record's links. */
export type BulkChildRows = Omit<ChildRows, 'replaceLinks'>;

/** What a batch's write does to the child rows of its records; returns the changes for each record's audit row, in order. */
export type BulkChildWrite<T> = (rows: BulkChildRows, records: T[]) => Promise<FieldChanges[]>;

export function bulkChildRows(manager: EntityManager): BulkChildRows {
  const { replaceLinks: _unused, ...rows } = childRows(manager, '');
  return rows;
}
