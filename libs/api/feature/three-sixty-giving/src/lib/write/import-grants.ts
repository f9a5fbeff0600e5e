import {
  Actor,
  FieldChanges,
  FundingEntity,
  FundingPlaceEntity,
  LinkTable,
  RecordWriter,
  runAsSystem,
} from '@cg/api/core/database';
import { ImportJobReport, ImportReportBuilder, SeenIdentifiers } from '@cg/api/core/imports';
import { FundingStatus, FundingType } from '@cg/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { GrantFormat, readGrants, GrantRow } from '../read/read-grants';
import { describeErrors, grantSchema } from '../schema/grant-schema';
import { GrantValues, grantValues } from './grant-values';
import { OrganisationMatcher, Ownership } from './organisation-matcher';

export const FUNDING_PLACES: LinkTable = {
  table: 'funding_place',
  ownerColumn: 'funding_id',
  otherColumn: 'place_id',
  field: 'placeIds',
};

/** Grants written per round trip: large enough to batch, small enough to keep memory flat. */
const BATCH = 500;
/** Changed grants described one by one in the report; the rest are counted. */
const CHANGES_LISTED = 50;

export interface GrantImportOptions {
  format: GrantFormat;
  ownership: Ownership;
  fileName: string;
  onProgress?: (rowsRead: number) => void;
  /** Do everything, report what it would do (rows refused included), then roll it all back. */
  dryRun?: boolean;
}

/** Rolls a dry run back, carrying its report out of the transaction. */
class DryRunDone extends Error {
  constructor(readonly report: ImportJobReport) {
    super('dry run rolled back');
  }
}

/** The import refused the file or some of its rows, and kept nothing: the report says which and why. */
export class GrantsRejected extends Error {
  constructor(
    message: string,
    readonly report: ImportJobReport,
  ) {
    super(message);
  }
}

interface Existing {
  id: string;
  owner: string | null;
  values: Record<string, unknown>;
  placeIds: string[];
}

/** The columns a grant sets, as they are compared with what is stored. */
function fundingColumns(values: GrantValues, funderId: string, recipientId: string) {
  return {
    title: values.title,
    description: values.description,
    amount: values.amount,
    awardDate: values.awardDate,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    programme: values.programme,
    funderOrganisationId: funderId,
    recipientOrganisationId: recipientId,
  };
}

/**
 * Imports a 360Giving file (JSON or flat CSV) as funding owned by the importing organisation,
 * through RecordWriter (the importer's rights, one audit row per record), in one transaction:
 * any rejected row, or an interruption, leaves the database as it was. Idempotent by grant
 * identifier: a grant already imported is updated only where the file differs, and each change
 * is reported. Streams the file in batches; the only per-grant state kept across batches is a
 * temporary table of identifiers seen (for duplicates), on the server.
 */
export async function importGrants(
  dataSource: DataSource,
  writer: RecordWriter,
  actor: Actor,
  file: string,
  options: GrantImportOptions,
): Promise<ImportJobReport> {
  const report = new ImportReportBuilder();
  const notes: string[] = [];
  const { validateGrant } = grantSchema();
  const changes: string[] = [];
  const unplaced = new Set<string>();

  const result = await writer
    .transaction(async (m): Promise<ImportJobReport> => {
      const seen = await SeenIdentifiers.start(m);
      const matcher = new OrganisationMatcher(dataSource, m, writer, actor, options.ownership);
      let batch: { line: number; values: GrantValues }[] = [];

      const flush = async () => {
        if (batch.length === 0) return;
        await writeBatch(batch);
        batch = [];
      };

      const writeBatch = async (rows: { line: number; values: GrantValues }[]) => {
        // Duplicates across the whole file, judged on the server so memory stays flat. Within a
        // batch, the second of two equal identifiers is the duplicate.
        const inBatch = new Map<string, number>();
        const firstInBatch = rows.filter((row) => {
          if (inBatch.has(row.values.grantId)) return false;
          inBatch.set(row.values.grantId, row.line);
          return true;
        });
        const before = await seen.record(
          firstInBatch.map((row) => row.values.grantId),
          firstInBatch.map((row) => row.line),
        );
        const usable = rows.filter((row) => {
          const first =
            before.get(row.values.grantId) ??
            (inBatch.get(row.values.grantId) !== row.line ? inBatch.get(row.values.grantId) : undefined);
          if (first === undefined) return true;
          report.problem(
            row.line,
            row.values.grantId,
            'duplicate grant identifier',
            `the same grant identifier as line ${first}`,
          );
          return false;
        });

        const organisations = await matcher.resolve(usable.flatMap((row) => [row.values.funder, row.values.recipient]));
        const places = await placesByCode(
          m,
          usable.flatMap((row) => row.values.geoCodes),
        );
        const existing = await existingGrants(
          m,
          usable.map((row) => row.values.grantId),
        );
        const hidden = await hiddenGrants(
          dataSource,
          usable.map((row) => row.values.grantId).filter((id) => !existing.has(id)),
        );

        const toCreate: { values: Record<string, unknown>; placeIds: string[] }[] = [];
        for (const { line, values } of usable) {
          const funder = organisations.get(values.funder.ids[0]);
          const recipient = organisations.get(values.recipient.ids[0]);
          const problem = [funder, recipient].find((match) => match && 'problem' in match);
          if (problem && 'problem' in problem) {
            report.problem(line, values.grantId, 'organisation hidden from you', problem.problem);
            continue;
          }
          if (hidden.has(values.grantId)) {
            report.problem(
              line,
              values.grantId,
              'grant already imported by another organisation',
              'another organisation has already imported this grant',
            );
            continue;
          }
          const columns = fundingColumns(
            values,
            (funder as { organisationId: string }).organisationId,
            (recipient as { organisationId: string }).organisationId,
          );
          const placeIds = [
            ...new Set(values.geoCodes.map((code) => places.get(code)).filter((id): id is string => !!id)),
          ].sort();
          for (const code of values.geoCodes) if (!places.has(code) && unplaced.size < 20) unplaced.add(code);
          if (values.geoCodes.some((code) => !places.has(code)))
            report.tally('beneficiary locations without a known place');
          const current = existing.get(values.grantId);
          if (!current) {
            toCreate.push({
              values: {
                ...columns,
                threeSixtyGivingId: values.grantId,
                type: FundingType.GRANT,
                status: FundingStatus.AWARDED,
                ownerOrganisationId: options.ownership.organisationId,
                visibility: options.ownership.visibility,
              },
              placeIds,
            });
            continue;
          }
          if (current.owner !== options.ownership.organisationId) {
            report.problem(
              line,
              values.grantId,
              'grant owned by another organisation',
              'this grant is another organisation’s record',
            );
            continue;
          }
          const changed = Object.entries(columns).filter(([key, value]) => !sameValue(current.values[key], value));
          const placesChanged = JSON.stringify(current.placeIds) !== JSON.stringify(placeIds);
          if (changed.length === 0 && !placesChanged) {
            report.unchanged++;
            continue;
          }
          await writer.update(FundingEntity, current.id, null, Object.fromEntries(changed), actor, {
            manager: m,
            children: (rows) => (placesChanged ? rows.replaceLinks(FUNDING_PLACES, placeIds) : Promise.resolve({})),
          });
          report.updated++;
          if (changes.length < CHANGES_LISTED)
            changes.push(
              `${values.grantId}: ${[...changed.map(([key, value]) => `${key} ${String(current.values[key])} → ${String(value)}`), ...(placesChanged ? ['places'] : [])].join(', ')}`,
            );
        }
        if (toCreate.length > 0) {
          await writer.createMany(FundingEntity, toCreate.map((row) => row.values) as never, actor, {
            manager: m,
            children: async (rows, fundings) => {
              const links = fundings.flatMap((funding, index) =>
                toCreate[index].placeIds.map((placeId) => ({ fundingId: funding.id, placeId })),
              );
              if (links.length > 0) await rows.insert(FundingPlaceEntity, links);
              return toCreate.map(
                (row): FieldChanges => (row.placeIds.length ? { placeIds: { before: [], after: row.placeIds } } : {}),
              );
            },
          });
          report.inserted += toCreate.length;
        }
      };

      for await (const row of readGrants(file, options.format, notes) as AsyncGenerator<GrantRow>) {
        report.rowsRead++;
        options.onProgress?.(report.rowsRead);
        const id = typeof row.grant['id'] === 'string' && row.grant['id'] ? row.grant['id'] : `row ${row.line}`;
        if (row.grant['__columns']) {
          report.problem(row.line, id, 'wrong number of columns', String(row.grant['__columns']));
          continue;
        }
        if ('__notAnObject' in row.grant) {
          report.problem(row.line, id, 'not a grant', 'this item of “grants” is not an object');
          continue;
        }
        if (!validateGrant(row.grant)) {
          report.problem(row.line, id, 'does not match the 360Giving schema', describeErrors(validateGrant.errors));
          continue;
        }
        const values = grantValues(row.grant);
        if ('problem' in values) {
          report.problem(row.line, id, values.problem.split(':')[0], values.problem);
          continue;
        }
        batch.push({ line: row.line, values });
        if (batch.length >= BATCH) await flush();
      }
      await flush();

      report.tally('organisations created', matcher.created);
      report.tally('organisations matched by org-id', matcher.matched);
      if (matcher.recognisedByLink > 0)
        report.tally('organisations recognised under a linked charity or company number', matcher.recognisedByLink);
      for (const note of notes) report.note(note);
      if (unplaced.size > 0)
        report.note(
          `Beneficiary locations with codes no place has (import those places first): ${[...unplaced].join(', ')}.`,
        );
      if (changes.length > 0)
        report.note(
          `Changed since the last import: ${changes.join('; ')}${report.updated > changes.length ? '; …' : ''}.`,
        );
      if (options.dryRun && report.problemsFound > 0)
        report.note(
          `${report.problemsFound.toLocaleString('en-GB')} grants would be refused, and while any are, nothing is imported: fix the rows listed first.`,
        );
      const built = report.report();
      if (options.dryRun) throw new DryRunDone({ ...built, dryRun: true });
      if (report.problemsFound > 0) {
        throw new GrantsRejected(
          `${report.problemsFound.toLocaleString('en-GB')} of ${report.rowsRead.toLocaleString('en-GB')} grants could not be imported, so nothing was: fix the rows listed and upload the file again.`,
          { ...built, inserted: 0, updated: 0, unchanged: 0, tallies: {} },
        );
      }
      return built;
    })
    .catch((error: unknown) => {
      if (error instanceof DryRunDone) return error.report;
      throw error;
    });
  return result;
}

function sameValue(stored: unknown, incoming: unknown): boolean {
  if (typeof incoming === 'number') return Number(stored) === incoming;
  return (stored ?? null) === (incoming ?? null);
}

/** Place ids by GSS code, current codes first, then former codes the place imports recorded. */
async function placesByCode(m: EntityManager, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows: { code: string; id: string }[] = await m.query(
    `SELECT a.code, a.place_id AS id FROM place_alias a WHERE a.code = ANY($1::text[]) AND EXISTS (SELECT 1 FROM place p WHERE p.id = a.place_id)
     UNION ALL SELECT p.code, p.id FROM place p WHERE p.code = ANY($1::text[]) AND p.archived_at IS NULL`,
    [unique],
  );
  // Current codes are read last, so they win over an alias of the same code.
  return new Map(rows.map((row) => [row.code.toUpperCase(), row.id]));
}

/** Grants already imported and readable to the importer, with what the file might change. */
async function existingGrants(m: EntityManager, ids: string[]): Promise<Map<string, Existing>> {
  if (ids.length === 0) return new Map();
  const rows: (Record<string, unknown> & {
    id: string;
    grant_id: string;
    owner: string | null;
    place_ids: string[];
  })[] = await m.query(
    `SELECT f.id, f.three_sixty_giving_id AS grant_id, f.owner_organisation_id AS owner, f.title, f.description,
            f.amount::float8 AS amount, to_char(f.award_date, 'YYYY-MM-DD') AS "awardDate",
            to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(f.period_end, 'YYYY-MM-DD') AS "periodEnd",
            f.programme, f.funder_organisation_id AS "funderOrganisationId", f.recipient_organisation_id AS "recipientOrganisationId",
            coalesce((SELECT array_agg(fp.place_id::text ORDER BY fp.place_id) FROM funding_place fp WHERE fp.funding_id = f.id), '{}') AS place_ids
       FROM funding f WHERE f.three_sixty_giving_id = ANY($1::text[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.grant_id,
      { id: row.id, owner: row.owner, values: row, placeIds: [...row.place_ids].sort() },
    ]),
  );
}

/** Grant identifiers taken by funding the importer cannot read (only that they are taken). */
async function hiddenGrants(dataSource: DataSource, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { grant_id: string }[] = await runAsSystem(() =>
    dataSource.query(
      `SELECT three_sixty_giving_id AS grant_id FROM funding WHERE three_sixty_giving_id = ANY($1::text[])`,
      [ids],
    ),
  );
  return new Set(rows.map((row) => row.grant_id));
}
