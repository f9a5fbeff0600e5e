import {
  Actor,
  BulkChildRows,
  CsvColumnMappingEntity,
  FieldChanges,
  logImport,
  mapDatabaseError,
  RecordEntity,
  RecordWriter,
  rememberMapping,
} from '@cg/api/core/database';
import { DomainError } from '@cg/shared/domain';
import { Visibility } from '@cg/shared/domain';
import { Readable } from 'node:stream';
import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CsvFileError, CsvRow, readCsv } from '../csv/read-csv';
import { CsvKind, CsvKindSpec, ParsedRow } from '../kinds/kind-spec';
import { KINDS } from '../kinds/kinds';
import { chooseMapping, missingRequired } from './column-mapping';
import {
  CsvImportCounts,
  CsvImportReport,
  emptyCounts,
  errorSentence,
  MatchToConfirm,
  REJECTED_KEPT,
  RowOutcome,
  ROWS_LISTED,
} from './csv-import-report';
import { Confirmations, confirmationKey, References } from './references';
import { RowReader } from './row-reader';

export interface CsvImportOptions {
  writer: RecordWriter;
  kind: CsvKind;
  fileName: string;
  /** Where the file came from; the column mapping is remembered under it. */
  source: string;
  /** The organisation the imported records belong to. */
  ownerOrganisationId: string;
  /** Who may read the records this import creates. */
  visibility: Visibility;
  actor: Actor;
  /** Do everything, report it, then roll it all back. */
  dryRun: boolean;
  /** Field → column heading, as the person set it; the remembered mapping fills the rest. */
  mapping?: Readonly<Record<string, string>> | null;
  /** A transaction to run in (an archive's, which holds several files); the import opens its own otherwise. */
  manager?: EntityManager;
  /** Fuzzy matches the person confirmed (from a dry run's `matchesToConfirm`). */
  confirmations?: Confirmations;
}

export interface CsvImportProgress {
  rowsRead: number;
  counts: CsvImportCounts;
}

/** A CSV file's header and rows (readCsv), the importer's input. */
export interface CsvSource {
  columns: string[];
  rows: AsyncIterable<CsvRow>;
}

/** Thrown to roll a dry run (or a refused file) back, carrying the report out of the transaction. */
class RollBack extends Error {
  constructor(readonly report: CsvImportReport) {
    super('rolled back');
  }
}

/** Rows checked, matched and written together: one createMany, one audit insert. */
const BATCH_ROWS = 250;

/** Reads the bytes of an uploaded file as CSV and imports it; a file that cannot be read is reported, never thrown. */
export async function importCsvFile(
  bytes: Readable,
  options: CsvImportOptions,
  onProgress?: (progress: CsvImportProgress) => void,
): Promise<CsvImportReport> {
  const started = Date.now();
  try {
    return await runCsvImport(await readCsv(bytes), options, onProgress);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    bytes.destroy();
    return refused(options, started, error.message);
  }
}

/**
 * Imports rows of one kind in one transaction: every row is read, checked, matched with what
 * is already there (so a re-import changes nothing) and written through RecordWriter, owned by
 * the importing organisation. A bad row is rolled back alone (a savepoint) and reported with
 * the field and the reason; a fuzzy name is reported for confirmation, never chosen. A dry
 * run does all of it and rolls back, so its report is what the import would do. One history
 * row and one audit row per import, in the same transaction. Rows stream through one at a
 * time: memory stays flat whatever the file's size (the report keeps the first rows only).
 */
export async function runCsvImport(
  source: CsvSource,
  options: CsvImportOptions,
  onProgress?: (progress: CsvImportProgress) => void,
): Promise<CsvImportReport> {
  const started = Date.now();
  const spec = KINDS[options.kind];
  try {
    const inTransaction = <T>(work: (m: EntityManager) => Promise<T>) =>
      options.manager ? work(options.manager) : options.writer.transaction(work);
    return await inTransaction(async (m) => {
      const remembered = await m.findOneBy(CsvColumnMappingEntity, {
        organisationId: options.ownerOrganisationId,
        kind: options.kind,
        source: options.source,
      });
      const mapping = chooseMapping(spec.fields, source.columns, options.mapping ?? null, remembered?.mapping ?? null);
      const report = newReport(options, source.columns, mapping);
      const missing = missingRequired(spec.fields, mapping);
      if (missing.length > 0) {
        report.problem = `The file has no column for ${missing.map((field) => `${field.name} (${field.label})`).join(', ')}. Its columns are ${source.columns.map((c) => `“${c}”`).join(', ') || 'none'}; map a column to each required field or correct the header row.`;
        throw new RollBack(finish(report, started));
      }
      const refs = new References(m, options.ownerOrganisationId, options.confirmations ?? {});
      const asked = new Set<string>();
      const claimed = new Set<string>();
      let batch: JudgedRow[] = [];
      const flush = async () => {
        await writeBatch(m, spec, batch, options, claimed);
        for (const judged of batch) tally(report, judged.row, judged.outcome, asked);
        batch = [];
        onProgress?.({ rowsRead: report.counts.rows, counts: { ...report.counts } });
      };
      for await (const row of source.rows) {
        batch.push(await judgeRow(spec, row, mapping, refs, options));
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      if (report.counts.rows === 0) {
        report.problem = 'The file has a header row but no rows to import.';
        throw new RollBack(finish(report, started));
      }
      finish(report, started);
      if (options.dryRun) throw new RollBack(report);
      await rememberMapping(
        m,
        { organisationId: options.ownerOrganisationId, kind: options.kind, source: options.source },
        mapping,
      );
      const logged = await logImport(m, logEntry(options, report, 'SUCCEEDED'));
      return { ...report, importId: logged.id };
    });
  } catch (error) {
    if (error instanceof RollBack) return recordRefusal(options, error.report);
    if (error instanceof CsvFileError) return refused(options, started, error.message);
    throw error;
  }
}

/** A row read and checked: its outcome so far, and what to write when it has no errors. */
interface JudgedRow {
  row: CsvRow;
  outcome: RowOutcome;
  parsed: ParsedRow<RecordEntity> | null;
  visibility: Visibility;
}

async function judgeRow(
  spec: CsvKindSpec<RecordEntity>,
  row: CsvRow,
  mapping: Record<string, string>,
  refs: References,
  options: CsvImportOptions,
): Promise<JudgedRow> {
  const r = new RowReader(row.values, mapping);
  const parsed = await spec.read(r, { refs, owner: options.ownerOrganisationId });
  const visibility = r.choice('visibility', Visibility) ?? options.visibility;
  const matches: MatchToConfirm[] = parsed.pending.map((p) => ({ ...p, key: confirmationKey(p.kind, p.text) }));
  const outcome: RowOutcome = {
    line: row.line,
    action: 'REJECTED',
    label: parsed.label,
    recordId: null,
    errors: r.errors,
    matches,
    note: null,
  };
  if (r.errors.length > 0) return { row, outcome, parsed: null, visibility };
  if (matches.length > 0)
    return { row, outcome: { ...outcome, action: 'NEEDS_CONFIRMATION' }, parsed: null, visibility };
  return { row, outcome, parsed, visibility };
}

/**
 * Writes a batch of checked rows: each is matched with what is there (updates one by one, they
 * are few), and the new records go in together through `RecordWriter.createMany` (rights
 * judged once for the importing organisation, one INSERT and one set-based audit insert). Should
 * that fail, the batch's new records are written again one at a time, each in a savepoint, so
 * the row at fault is reported with its reason and the others kept.
 */
async function writeBatch(
  m: EntityManager,
  spec: CsvKindSpec<RecordEntity>,
  batch: JudgedRow[],
  options: CsvImportOptions,
  claimed: Set<string>,
): Promise<void> {
  const owner = options.ownerOrganisationId;
  const writable = batch.filter((judged) => judged.parsed);
  const prefetched = spec.findMany
    ? await spec.findMany(
        m,
        writable.map((judged) => judged.parsed!),
        owner,
      )
    : null;
  let creates: JudgedRow[] = [];
  /** Keys of records waiting to be created, and of those this batch has created already. */
  const pending = new Set<string>();
  const created = new Set<string>();
  /** Records an earlier row of this batch updated: the look-up's copy of them is out of date. */
  const updated = new Set<string>();
  for (const [index, judged] of writable.entries()) {
    const rowKeys = spec.batchKeys?.(judged.parsed!) ?? [];
    if (rowKeys.some((key) => pending.has(key))) {
      // An earlier row of this batch creates what this one names: write it first, then match it.
      await createAll(m, spec, creates, options, claimed);
      creates = [];
      for (const key of pending) created.add(key);
      pending.clear();
    }
    // What the batch created since the look-up is found again; everything else was looked up at once.
    const looked = prefetched && !rowKeys.some((key) => created.has(key)) ? prefetched[index] : undefined;
    const existing =
      looked === undefined
        ? await spec.find(m, judged.parsed!, owner, claimed)
        : looked && updated.has(looked.id)
          ? await m.findOneBy(spec.entity, { id: looked.id })
          : looked;
    if (!existing) {
      creates.push(judged);
      for (const key of rowKeys) pending.add(key);
      continue;
    }
    claimed.add(existing.id);
    judged.outcome = await inSavepoint(m, judged.outcome, () =>
      matchOrUpdate(m, spec, existing, judged.parsed!, options),
    );
    if (judged.outcome.action === 'UPDATED') updated.add(existing.id);
  }
  await createAll(m, spec, creates, options, claimed);
}

async function createAll(
  m: EntityManager,
  spec: CsvKindSpec<RecordEntity>,
  rows: JudgedRow[],
  options: CsvImportOptions,
  claimed: Set<string>,
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((judged) => newValues(judged, options));
  await m.query('SAVEPOINT csv_batch');
  try {
    const records = await options.writer.createMany(spec.entity, values, options.actor, {
      manager: m,
      children: async (childRows, created) => {
        // The batch's child inserts (organisations' org-ids) are gathered and sent as one
        // INSERT per table; anything else a child write does goes through at once, in order.
        const inserts = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
        const flushInserts = async () => {
          for (const [target, values] of inserts) await childRows.insert(target, values);
          inserts.clear();
        };
        const gathered: BulkChildRows = {
          ...childRows,
          insert: async (target, values) => {
            inserts.set(target, [...(inserts.get(target) ?? []), ...(Array.isArray(values) ? values : [values])]);
          },
          update: async (...args) => (await flushInserts(), childRows.update(...args)),
          delete: async (...args) => (await flushInserts(), childRows.delete(...args)),
          write: async (...args) => (await flushInserts(), childRows.write(...args)),
        };
        // One after another: they share the transaction's connection.
        const changes: FieldChanges[] = [];
        for (const [index, record] of created.entries()) {
          const children = rows[index].parsed?.children;
          changes.push(children ? await children({ ...gathered, replaceLinks: noLinks }, record) : {});
        }
        await flushInserts();
        return changes;
      },
    });
    await m.query('RELEASE SAVEPOINT csv_batch');
    records.forEach((record, index) => createdRow(rows[index], record.id, options, claimed));
  } catch (error) {
    await m.query('ROLLBACK TO SAVEPOINT csv_batch');
    if (!(mapDatabaseError(error) instanceof DomainError)) throw error;
    for (const [index, judged] of rows.entries()) {
      judged.outcome = await inSavepoint(m, judged.outcome, async () => {
        const created = await options.writer.create(spec.entity, values[index], options.actor, {
          manager: m,
          children: judged.parsed?.children,
        });
        return { action: 'CREATED' as const, recordId: created.id, note: null };
      });
      if (judged.outcome.action === 'CREATED' && judged.outcome.recordId)
        createdRow(judged, judged.outcome.recordId, options, claimed);
    }
  }
}

const noLinks = (): Promise<never> =>
  Promise.reject(new Error('A new record of a CSV import has no links to replace.'));

function newValues(judged: JudgedRow, options: CsvImportOptions): DeepPartial<RecordEntity> {
  return {
    ...judged.parsed!.values,
    ownerOrganisationId: options.ownerOrganisationId,
    visibility: judged.visibility,
  } as DeepPartial<RecordEntity>;
}

function createdRow(judged: JudgedRow, id: string, options: CsvImportOptions, claimed: Set<string>): void {
  claimed.add(id);
  // The id a dry run's record would get is not known: it is rolled back.
  judged.outcome = { ...judged.outcome, action: 'CREATED', recordId: options.dryRun ? null : id, note: null };
}

/** One row's write in a savepoint: a refused write is rolled back alone and reported with its field and reason. */
async function inSavepoint(
  m: EntityManager,
  outcome: RowOutcome,
  write: () => Promise<Pick<RowOutcome, 'action' | 'recordId' | 'note'>>,
): Promise<RowOutcome> {
  await m.query('SAVEPOINT csv_row');
  try {
    const written = await write();
    await m.query('RELEASE SAVEPOINT csv_row');
    return { ...outcome, ...written };
  } catch (error) {
    await m.query('ROLLBACK TO SAVEPOINT csv_row');
    const mapped = mapDatabaseError(error);
    if (!(mapped instanceof DomainError)) throw mapped;
    const field = typeof mapped.extensions['field'] === 'string' ? mapped.extensions['field'] : 'row';
    return { ...outcome, action: 'REJECTED', errors: [{ field, reason: mapped.message }] };
  }
}

async function matchOrUpdate(
  m: EntityManager,
  spec: CsvKindSpec<RecordEntity>,
  existing: RecordEntity,
  parsed: ParsedRow<RecordEntity>,
  options: CsvImportOptions,
): Promise<Pick<RowOutcome, 'action' | 'recordId' | 'note'>> {
  const { writer, actor, ownerOrganisationId: owner } = options;
  const ours = existing.ownerOrganisationId === owner || existing.id === owner;
  if (!ours)
    return {
      action: 'MATCHED',
      recordId: existing.id,
      note: 'already recorded by another organisation; linked to, left as it is',
    };
  const changes = changedValues(
    existing as unknown as Record<string, unknown>,
    parsed.values as Record<string, unknown>,
  );
  if (Object.keys(changes).length === 0) return { action: 'MATCHED', recordId: existing.id, note: null };
  await writer.update(spec.entity, existing.id, null, changes as DeepPartial<RecordEntity>, actor, { manager: m });
  return { action: 'UPDATED', recordId: existing.id, note: `changed ${Object.keys(changes).join(', ')}` };
}

/** The file's values that differ from the record's ("12.50" and 12.5 are the same amount). */
function changedValues(current: Record<string, unknown>, wanted: Record<string, unknown>): Record<string, unknown> {
  const same = (a: unknown, b: unknown) =>
    (a ?? null) === (b ?? null) ||
    JSON.stringify(a) === JSON.stringify(b) ||
    (a !== null && b !== null && a !== '' && b !== '' && !Number.isNaN(Number(a)) && Number(a) === Number(b));
  return Object.fromEntries(Object.entries(wanted).filter(([key, value]) => !same(current[key], value)));
}

function tally(report: CsvImportReport, row: CsvRow, outcome: RowOutcome, asked: Set<string>): void {
  const counts = report.counts;
  counts.rows++;
  const key = (
    {
      CREATED: 'created',
      UPDATED: 'updated',
      MATCHED: 'matched',
      REJECTED: 'rejected',
      NEEDS_CONFIRMATION: 'needsConfirmation',
    } as const
  )[outcome.action];
  counts[key]++;
  if (report.rows.length < ROWS_LISTED) report.rows.push(outcome);
  if (outcome.action === 'REJECTED' || outcome.action === 'NEEDS_CONFIRMATION') {
    if (report.rejected.length < REJECTED_KEPT) {
      report.rejected.push({
        line: row.line,
        values: row.values,
        error: errorSentence(outcome.errors, outcome.matches),
      });
    }
    for (const match of outcome.matches) {
      if (asked.has(match.key)) continue;
      asked.add(match.key);
      report.matchesToConfirm.push(match);
    }
  }
}

function newReport(options: CsvImportOptions, columns: string[], mapping: Record<string, string>): CsvImportReport {
  return {
    kind: options.kind,
    fileName: options.fileName,
    source: options.source,
    dryRun: options.dryRun,
    problem: null,
    columns,
    mapping,
    fields: [...KINDS[options.kind].fields],
    counts: emptyCounts(),
    rows: [],
    rejected: [],
    matchesToConfirm: [],
    notes: [],
    elapsedMs: 0,
    rowsPerSecond: 0,
    importId: null,
  };
}

function finish(report: CsvImportReport, started: number): CsvImportReport {
  report.elapsedMs = Date.now() - started;
  report.rowsPerSecond =
    report.elapsedMs > 0 ? Math.round((report.counts.rows * 1000) / report.elapsedMs) : report.counts.rows;
  if (report.counts.rows > ROWS_LISTED)
    report.notes.push(`The first ${ROWS_LISTED} rows are listed; the counts cover all ${report.counts.rows}.`);
  if (report.counts.rejected + report.counts.needsConfirmation > REJECTED_KEPT) {
    report.notes.push(`The error file keeps the first ${REJECTED_KEPT} rows that were not imported.`);
  }
  return report;
}

function refused(options: CsvImportOptions, started: number, problem: string): Promise<CsvImportReport> {
  const report = finish(newReport(options, [], {}), started);
  report.problem = problem;
  return recordRefusal(options, report);
}

/** A real import of a file that could not be used is kept in the history, with why; a dry run is not. */
async function recordRefusal(options: CsvImportOptions, report: CsvImportReport): Promise<CsvImportReport> {
  if (options.dryRun || !report.problem || options.manager) return report;
  const logged = await options.writer.transaction((m) => logImport(m, logEntry(options, report, 'FAILED')));
  return { ...report, importId: logged.id };
}

function logEntry(options: CsvImportOptions, report: CsvImportReport, status: 'SUCCEEDED' | 'FAILED') {
  return {
    organisationId: options.ownerOrganisationId,
    kind: options.kind,
    fileName: options.fileName,
    source: options.source,
    status,
    actorId: options.actor.userId,
    counts: { ...report.counts },
    report: report as unknown as Record<string, unknown>,
  };
}
