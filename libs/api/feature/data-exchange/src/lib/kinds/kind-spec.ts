import { ChildWrite, RecordEntity } from '@cg/api/core/database';
import { DeepPartial, EntityManager, EntityTarget, In, Not } from 'typeorm';
import { RowReader } from '../import/row-reader';
import { Candidate, ReferenceKind, References } from '../import/references';

/** The kinds of record a CSV file can hold. */
export const CSV_KINDS = [
  'organisations',
  'people',
  'relationships',
  'memberships',
  'activities',
  'measurements',
] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const isCsvKind = (value: string): value is CsvKind => (CSV_KINDS as readonly string[]).includes(value);

/** One field a file's column can feed; its `name` is also the column heading our exports write. */
export interface FieldSpec {
  name: string;
  label: string;
  required?: boolean;
  /** What to write, for the mapping screen. */
  hint?: string;
}

/** A reference the row makes that matched nothing exactly but resembles records: for confirmation. */
export interface PendingMatch {
  field: string;
  kind: ReferenceKind;
  text: string;
  candidates: Candidate[];
}

/** What reading a row gives: the values to write, and the pieces the person must confirm. */
export interface ParsedRow<E> {
  values: DeepPartial<E>;
  pending: PendingMatch[];
  /** Written with a new record only (an organisation's identifiers). */
  children?: ChildWrite<E>;
  /** Org-ids the row gives its organisation, by which a re-import recognises it. */
  identifiers?: string[];
  /** How the report names the record ("Trafford Food Bank", "Meeting on 2025-03-31"). */
  label: string;
}

export interface ReadContext {
  refs: References;
  owner: string;
}

/**
 * Everything the importer and the exporter need to know about one kind of record. `find` is
 * how a re-import recognises a record it wrote before (so importing twice changes nothing);
 * `exportSql` lists the owner's records with the same column headings `fields` names, so an
 * export imports straight back.
 */
export interface CsvKindSpec<E extends RecordEntity = RecordEntity> {
  kind: CsvKind;
  entity: EntityTarget<E>;
  fields: readonly FieldSpec[];
  read(r: RowReader, context: ReadContext): Promise<ParsedRow<E>>;
  /**
   * `claimed` holds the records earlier rows of this file created or matched: log entries (an
   * activity, a reading) may rightly repeat in a file, and each row must find its own record.
   */
  find(m: EntityManager, row: ParsedRow<E>, owner: string, claimed: ReadonlySet<string>): Promise<E | null>;
  /**
   * `find` for a whole batch at once (one query per batch rather than one per row), answering
   * in the rows' order, for kinds whose rows never repeat a record (not the log kinds).
   */
  findMany?(m: EntityManager, rows: ParsedRow<E>[], owner: string): Promise<(E | null)[]>;
  /**
   * What `find` recognises a record by, as text: new records are written a batch at a time, so
   * a row whose key an earlier row of the same batch will create must wait for that write (and
   * then match it, as it would have row by row). Log kinds, whose rows may rightly repeat, have none.
   */
  batchKeys?(row: ParsedRow<E>): string[];
  /**
   * SELECT of the export's columns; `$1` is the owning organisation, or null for every record.
   * Ordered by every column, so two databases holding the same records export the same text.
   */
  exportSql: string;
}

/** Resolves a reference cell into an id, noting an error or a pending fuzzy match on the reader. */
export async function reference(
  r: RowReader,
  refs: References,
  pending: PendingMatch[],
  field: string,
  kind: ReferenceKind,
  required = false,
): Promise<string | null | undefined> {
  const text = r.text(field, { required });
  if (!text) return text;
  const resolved = await refs.resolve(kind, text);
  if ('id' in resolved) return resolved.id;
  if ('error' in resolved) r.fail(field, resolved.error);
  else pending.push({ field, kind, text, candidates: resolved.candidates });
  return null;
}

/** A where-condition on id leaving out the records earlier rows claimed. */
export const unclaimed = (claimed: ReadonlySet<string>) => (claimed.size > 0 ? { id: Not(In([...claimed])) } : {});

/**
 * A name as an ILIKE pattern matching exactly that name in any letter case: unlike
 * lower(name) = lower(…), it can use the trigram indexes on names, so matching stays fast
 * as the table grows.
 */
export const sameName = (name: string) => name.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Drops unmapped fields (undefined), so an update leaves what the file does not mention. */
export function mentioned<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}
