import {
  AffiliationEntity,
  FieldChanges,
  FundingEntity,
  FundingPlaceEntity,
  NeedEntity,
  ProjectParticipantEntity,
  RecordEntity,
  StoryEntity,
  WriteOptions,
} from '@cg/api/core/database';
import { DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { orgRef, ownedBy } from '../kinds/org-ref-sql';
import { References } from '../import/references';
import { StructureCounts } from './structure';

/** A reference a linked record makes: to a CSV-imported record by name or org-id, to a place by code, to structure by id. */
interface LinkedRef {
  /** The key in the archive's JSON. */
  key: string;
  /** The entity's property it becomes. */
  column: string;
  kind: 'organisation' | 'person' | 'place' | 'partnership' | 'project' | 'outcome';
}

/**
 * The records that join the others together (funding, needs, stories, affiliations, project
 * participants), kept in the archive as JSON with their ids, imported after the CSVs because
 * they point at what those create. Organisations and people get new ids in another instance,
 * so they are named as the CSVs name them (an org-id, else the name; a person's email, else
 * their name); places by GSS code; partnerships, projects and outcomes by id (the structure
 * files keep theirs). A record whose id is already there is matched (so re-importing changes
 * nothing); one whose references cannot be found is reported, never dropped silently.
 */
export interface LinkedKind {
  file: string;
  entity: EntityTarget<RecordEntity>;
  table: string;
  refs: readonly LinkedRef[];
  exportSql: string;
  /** Child rows written with a new record (a grant's places). */
  children?: (record: Record<string, unknown>, resolved: Map<string, string>) => WriteOptions<RecordEntity>['children'];
}

const personRef = (idColumn: string) =>
  `(SELECT coalesce(p.email::text, p.full_name) FROM person p WHERE p.id = ${idColumn})`;
const placeRef = (idColumn: string) => `(SELECT pl.code FROM place pl WHERE pl.id = ${idColumn})`;

export const LINKED: readonly LinkedKind[] = [
  {
    file: 'funding.json',
    entity: FundingEntity,
    table: 'funding',
    refs: [
      { key: 'funder', column: 'funderOrganisationId', kind: 'organisation' },
      { key: 'recipientOrganisation', column: 'recipientOrganisationId', kind: 'organisation' },
      { key: 'recipientPartnershipId', column: 'recipientPartnershipId', kind: 'partnership' },
      { key: 'recipientProjectId', column: 'recipientProjectId', kind: 'project' },
    ],
    exportSql: `SELECT f.id, ${orgRef('f.funder_organisation_id')} AS funder,
        CASE WHEN f.recipient_organisation_id IS NOT NULL THEN ${orgRef('f.recipient_organisation_id')} END AS "recipientOrganisation",
        f.recipient_partnership_id AS "recipientPartnershipId", f.recipient_project_id AS "recipientProjectId",
        f.amount, f.type, f.programme, f.award_date::text AS "awardDate", f.period_start::text AS "periodStart",
        f.period_end::text AS "periodEnd", f.status, f.title, f.description, f.three_sixty_giving_id AS "threeSixtyGivingId",
        coalesce((SELECT array_agg(pl.code ORDER BY pl.code) FROM funding_place fp JOIN place pl ON pl.id = fp.place_id WHERE fp.funding_id = f.id), '{}') AS places,
        f.visibility
      FROM funding f WHERE f.archived_at IS NULL AND ${ownedBy('f')} ORDER BY f.id`,
    children: (record, places) => {
      const codes = (record['places'] as string[] | undefined) ?? [];
      const ids = codes.map((code) => places.get(`place:${code}`)).filter((id): id is string => !!id);
      if (ids.length === 0) return undefined;
      return async (rows, funding): Promise<FieldChanges> => {
        await rows.insert(
          FundingPlaceEntity,
          ids.map((placeId) => ({ fundingId: funding.id, placeId })),
        );
        return { placeIds: { before: [], after: ids } };
      };
    },
  },
  {
    file: 'needs.json',
    entity: NeedEntity,
    table: 'need',
    refs: [
      { key: 'place', column: 'placeId', kind: 'place' },
      { key: 'raisedByOrganisation', column: 'raisedByOrganisationId', kind: 'organisation' },
    ],
    exportSql: `SELECT n.id, n.title, n.description, ${placeRef('n.place_id')} AS place, n.raised_by AS "raisedBy",
        CASE WHEN n.raised_by_organisation_id IS NOT NULL THEN ${orgRef('n.raised_by_organisation_id')} END AS "raisedByOrganisation",
        n.raised_on::text AS "raisedOn", n.themes, n.priority, n.visibility
      FROM need n WHERE n.archived_at IS NULL AND ${ownedBy('n')} ORDER BY n.id`,
  },
  {
    file: 'stories.json',
    entity: StoryEntity,
    table: 'story',
    refs: [
      { key: 'outcomeId', column: 'outcomeId', kind: 'outcome' },
      { key: 'person', column: 'personId', kind: 'person' },
    ],
    exportSql: `SELECT s.id, s.outcome_id AS "outcomeId", s.title, s.body, s.quote, s.attribution,
        CASE WHEN s.person_id IS NOT NULL THEN ${personRef('s.person_id')} END AS person,
        s.consent_given AS "consentGiven", s.consent_date::text AS "consentDate", s.date::text AS date, s.visibility
      FROM story s WHERE s.archived_at IS NULL AND ${ownedBy('s')} ORDER BY s.id`,
  },
  {
    file: 'affiliations.json',
    entity: AffiliationEntity,
    table: 'affiliation',
    refs: [
      { key: 'person', column: 'personId', kind: 'person' },
      { key: 'organisation', column: 'organisationId', kind: 'organisation' },
    ],
    exportSql: `SELECT a.id, ${personRef('a.person_id')} AS person, ${orgRef('a.organisation_id')} AS organisation,
        a.title, a.from_date::text AS "fromDate", a.to_date::text AS "toDate", a.is_primary AS "isPrimary", a.visibility
      FROM affiliation a WHERE a.archived_at IS NULL AND ${ownedBy('a')} ORDER BY a.id`,
  },
  {
    file: 'project-participants.json',
    entity: ProjectParticipantEntity,
    table: 'project_participant',
    refs: [
      { key: 'projectId', column: 'projectId', kind: 'project' },
      { key: 'organisation', column: 'organisationId', kind: 'organisation' },
    ],
    exportSql: `SELECT pp.id, pp.project_id AS "projectId", ${orgRef('pp.organisation_id')} AS organisation, pp.role,
        pp.cash_contribution AS "cashContribution", pp.in_kind_contribution AS "inKindContribution",
        pp.contribution_notes AS "contributionNotes", pp.visibility
      FROM project_participant pp WHERE pp.archived_at IS NULL AND ${ownedBy('pp')} ORDER BY pp.id`,
  },
];

/** Listed one by one in the report; the rest are counted. */
const PROBLEMS_LISTED = 20;

/** Creates the linked records not there yet, their references found in the importing instance. */
export async function importLinked(
  m: EntityManager,
  kind: LinkedKind,
  records: Record<string, unknown>[],
  owner: string,
  write: (
    entity: EntityTarget<RecordEntity>,
    values: DeepPartial<RecordEntity>,
    children: WriteOptions<RecordEntity>['children'],
  ) => Promise<RecordEntity>,
): Promise<StructureCounts> {
  const counts: StructureCounts = { file: kind.file, created: 0, matched: 0, rejected: 0, problems: [] };
  const refs = new References(m, owner, {});
  const refKeys = new Set(kind.refs.map((ref) => ref.key));
  for (const record of records) {
    const [existing] = await m.query(`SELECT id FROM "${kind.table}" WHERE id = $1`, [record['id']]);
    if (existing) {
      counts.matched++;
      continue;
    }
    const values: Record<string, unknown> = Object.fromEntries(
      Object.entries(record).filter(([key]) => !refKeys.has(key) && key !== 'places'),
    );
    const resolved = new Map<string, string>();
    const problems: string[] = [];
    for (const ref of kind.refs) {
      const text = record[ref.key];
      if (text === null || text === undefined || text === '') {
        values[ref.column] = null;
        continue;
      }
      const found = await resolve(m, refs, ref.kind, String(text), owner);
      if ('id' in found) values[ref.column] = found.id;
      else problems.push(`${ref.key}: ${found.error}`);
    }
    for (const code of (record['places'] as string[] | undefined) ?? []) {
      const place = await refs.resolve('place', code);
      if ('id' in place) resolved.set(`place:${code}`, place.id);
      else problems.push(`places: no place has the code ${code}`);
    }
    if (problems.length > 0) {
      counts.rejected = (counts.rejected ?? 0) + 1;
      if ((counts.problems ?? []).length < PROBLEMS_LISTED)
        counts.problems?.push(`${record['id']}: ${problems.join('; ')}`);
      continue;
    }
    await write(kind.entity, values as DeepPartial<RecordEntity>, kind.children?.(record, resolved));
    counts.created++;
  }
  return counts;
}

async function resolve(
  m: EntityManager,
  refs: References,
  kind: LinkedRef['kind'],
  text: string,
  owner: string,
): Promise<{ id: string } | { error: string }> {
  if (kind === 'partnership' || kind === 'project' || kind === 'outcome') {
    const [found] = await m.query(`SELECT id FROM "${kind}" WHERE id = $1`, [text]);
    return found ? { id: found.id } : { error: `no ${kind} you can see has the id ${text} (it is not in the archive)` };
  }
  if (kind === 'person') return findPerson(m, text, owner);
  const found = await refs.resolve(kind, text);
  if ('id' in found) return found;
  if ('error' in found) return found;
  return { error: `“${text}” matches no ${kind} exactly` };
}

/** A person by email, else by exact name; the importer's own first, as References does for names. */
async function findPerson(m: EntityManager, text: string, owner: string): Promise<{ id: string } | { error: string }> {
  const byEmail = text.includes('@');
  const found: { id: string; mine: boolean }[] = await m.query(
    `SELECT id, owner_organisation_id = $2 AS mine FROM person
      WHERE ${byEmail ? 'email = $1' : 'full_name = $1'} AND archived_at IS NULL
      ORDER BY (owner_organisation_id = $2) DESC NULLS LAST, created_at LIMIT 2`,
    [text, owner],
  );
  if (found.length === 1 || (found.length > 1 && found[0].mine && !found[1].mine)) return { id: found[0].id };
  return {
    error: found.length > 1 ? `several people are called “${text}”` : `no person you can see is “${text}”`,
  };
}
