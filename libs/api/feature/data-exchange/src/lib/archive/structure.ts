import { IndicatorEntity, OutcomeEntity, PartnershipEntity, ProjectEntity, RecordEntity } from '@cg/api/core/database';
import { DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { ownedBy } from '../kinds/org-ref-sql';

/**
 * The records the CSV kinds point at but that have no CSV of their own (partnerships,
 * projects, outcomes and their indicators), kept in the archive as JSON so it re-imports
 * whole: memberships name their partnership, activities their project, measurements their
 * indicator. Each is recognised again by its name (an indicator within its outcome).
 */
export interface StructureKind {
  file: string;
  entity: EntityTarget<RecordEntity>;
  table: string;
  nameColumn: string;
  /** JSON field → the table its name points at, replaced by that record's id on import. */
  references: Record<string, { table: string; idField: string }>;
  exportSql: string;
}

export const STRUCTURE: readonly StructureKind[] = [
  {
    file: 'partnerships.json',
    entity: PartnershipEntity,
    table: 'partnership',
    nameColumn: 'name',
    references: {},
    exportSql: `SELECT p.name, p.purpose, p.status, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
        p.governance_model AS "governanceModel", p.themes, p.missions, p.visibility
      FROM partnership p WHERE p.archived_at IS NULL AND ${ownedBy('p')} ORDER BY p.name, p.id`,
  },
  {
    file: 'projects.json',
    entity: ProjectEntity,
    table: 'project',
    nameColumn: 'name',
    references: { partnership: { table: 'partnership', idField: 'partnershipId' } },
    exportSql: `SELECT p.name, p.summary, p.status, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
        ps.name AS partnership, p.budget, p.shared_leadership AS "sharedLeadership", p.themes, p.missions, p.visibility
      FROM project p LEFT JOIN partnership ps ON ps.id = p.partnership_id
      WHERE p.archived_at IS NULL AND ${ownedBy('p')} ORDER BY p.name, p.id`,
  },
  {
    file: 'outcomes.json',
    entity: OutcomeEntity,
    table: 'outcome',
    nameColumn: 'title',
    references: {
      partnership: { table: 'partnership', idField: 'ownerPartnershipId' },
      project: { table: 'project', idField: 'ownerProjectId' },
    },
    exportSql: `SELECT o.title, o.description, ps.name AS partnership, pr.name AS project, o.defined_by AS "definedBy",
        o.co_produced AS "coProduced", o.missions, o.visibility
      FROM outcome o LEFT JOIN partnership ps ON ps.id = o.owner_partnership_id LEFT JOIN project pr ON pr.id = o.owner_project_id
      WHERE o.archived_at IS NULL AND ${ownedBy('o')} ORDER BY o.title, o.id`,
  },
  {
    file: 'indicators.json',
    entity: IndicatorEntity,
    table: 'indicator',
    nameColumn: 'name',
    references: { outcome: { table: 'outcome', idField: 'outcomeId' } },
    exportSql: `SELECT i.name, o.title AS outcome, i.unit, i.direction, i.baseline_value AS "baselineValue", i.baseline_date::text AS "baselineDate",
        i.target_value AS "targetValue", i.target_date::text AS "targetDate", i.source, i.visibility
      FROM indicator i JOIN outcome o ON o.id = i.outcome_id
      WHERE i.archived_at IS NULL AND ${ownedBy('i')} ORDER BY o.title, i.name, i.id`,
  },
];

const NAME_OF: Record<string, string> = { partnership: 'name', project: 'name', outcome: 'title', indicator: 'name' };

/** What importing one structure file did. */
export interface StructureCounts {
  file: string;
  created: number;
  matched: number;
}

/**
 * Creates the archive's partnerships, projects, outcomes and indicators that are not there yet
 * (by name, as the importer can read them), through RecordWriter, owned by the importer.
 */
export async function importStructure(
  m: EntityManager,
  kind: StructureKind,
  records: Record<string, unknown>[],
  write: (entity: EntityTarget<RecordEntity>, values: DeepPartial<RecordEntity>) => Promise<RecordEntity>,
): Promise<StructureCounts> {
  const counts: StructureCounts = { file: kind.file, created: 0, matched: 0 };
  for (const record of records) {
    const values: Record<string, unknown> = { ...record };
    for (const [field, ref] of Object.entries(kind.references)) {
      const name = values[field];
      delete values[field];
      if (typeof name !== 'string' || name === '') continue;
      const [found] = await m.query(`SELECT id FROM "${ref.table}" WHERE ${NAME_OF[ref.table]} = $1 AND archived_at IS NULL LIMIT 1`, [name]);
      if (!found) throw new Error(`${kind.file}: “${String(record[kind.nameColumn])}” points at the ${ref.table} “${name}”, which the archive does not hold.`);
      values[ref.idField] = found.id;
    }
    const scope = kind.table === 'indicator' ? ` AND outcome_id = $2` : '';
    const params = kind.table === 'indicator' ? [values[kind.nameColumn], values['outcomeId']] : [values[kind.nameColumn]];
    const [existing] = await m.query(`SELECT id FROM "${kind.table}" WHERE ${kind.nameColumn} = $1 AND archived_at IS NULL${scope} LIMIT 1`, params);
    if (existing) {
      counts.matched++;
      continue;
    }
    await write(kind.entity, values as DeepPartial<RecordEntity>);
    counts.created++;
  }
  return counts;
}
