import { IndicatorEntity, OutcomeEntity, PartnershipEntity, ProjectEntity, RecordEntity } from '@cg/api/core/database';
import { DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { ownedBy } from '../kinds/org-ref-sql';

/**
 * The records the CSV kinds point at but that have no CSV of their own (partnerships,
 * projects, outcomes and their indicators), kept in the archive as JSON so it re-imports
 * whole. They keep their ids, and point at each other by id: demo-sized networks already
 * have several indicators called "People reached", so names alone would be guesses. A
 * record whose id is already there is matched (so an archive re-imports idempotently).
 */
export interface StructureKind {
  file: string;
  entity: EntityTarget<RecordEntity>;
  table: string;
  exportSql: string;
}

export const STRUCTURE: readonly StructureKind[] = [
  {
    file: 'partnerships.json',
    entity: PartnershipEntity,
    table: 'partnership',
    exportSql: `SELECT p.id, p.name, p.purpose, p.status, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
        p.governance_model AS "governanceModel", p.themes, p.missions, p.visibility
      FROM partnership p WHERE p.archived_at IS NULL AND ${ownedBy('p')} ORDER BY p.name, p.id`,
  },
  {
    file: 'projects.json',
    entity: ProjectEntity,
    table: 'project',
    exportSql: `SELECT p.id, p.name, p.summary, p.status, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
        p.partnership_id AS "partnershipId", p.budget, p.shared_leadership AS "sharedLeadership", p.themes, p.missions, p.visibility
      FROM project p WHERE p.archived_at IS NULL AND ${ownedBy('p')} ORDER BY p.name, p.id`,
  },
  {
    file: 'outcomes.json',
    entity: OutcomeEntity,
    table: 'outcome',
    exportSql: `SELECT o.id, o.title, o.description, o.owner_partnership_id AS "ownerPartnershipId", o.owner_project_id AS "ownerProjectId",
        o.defined_by AS "definedBy", o.co_produced AS "coProduced", o.missions, o.visibility
      FROM outcome o WHERE o.archived_at IS NULL AND ${ownedBy('o')} ORDER BY o.title, o.id`,
  },
  {
    file: 'indicators.json',
    entity: IndicatorEntity,
    table: 'indicator',
    exportSql: `SELECT i.id, i.name, i.outcome_id AS "outcomeId", i.unit, i.direction, i.baseline_value AS "baselineValue",
        i.baseline_date::text AS "baselineDate", i.target_value AS "targetValue", i.target_date::text AS "targetDate", i.source, i.visibility
      FROM indicator i WHERE i.archived_at IS NULL AND ${ownedBy('i')} ORDER BY i.name, i.id`,
  },
];

/** What importing one structure file did. */
export interface StructureCounts {
  file: string;
  created: number;
  matched: number;
  /** Linked records whose references could not be found (linked.ts), with the first reasons. */
  rejected?: number;
  problems?: string[];
}

/** Creates the archive's structure records that are not there yet, through RecordWriter, owned by the importer. */
export async function importStructure(
  m: EntityManager,
  kind: StructureKind,
  records: Record<string, unknown>[],
  write: (entity: EntityTarget<RecordEntity>, values: DeepPartial<RecordEntity>) => Promise<RecordEntity>,
): Promise<StructureCounts> {
  const counts: StructureCounts = { file: kind.file, created: 0, matched: 0 };
  for (const record of records) {
    const [existing] = await m.query(`SELECT id FROM "${kind.table}" WHERE id = $1`, [record['id']]);
    if (existing) {
      counts.matched++;
      continue;
    }
    await write(kind.entity, record as DeepPartial<RecordEntity>);
    counts.created++;
  }
  return counts;
}
