import { OrganisationType, pathLabel, PlaceLevel, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

/**
 * Small factories for the organisations, places, people and relationships tests: each
 * inserts one row with sensible defaults by SQL and returns its id, so a test says only
 * what matters to it.
 */

/** Inserts a row and returns its id. */
export async function insertRow(ds: DataSource, table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  const [row] = await ds.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(values),
  );
  return row.id;
}

let sequence = 0;
const next = () => ++sequence;

export interface PlaceSeed {
  code?: string;
  name?: string;
  level?: PlaceLevel;
  parentId?: string | null;
  imdDecile?: number | null;
  imdRank?: number | null;
  population?: number | null;
}

/** A place under its parent (path built from the parent's), a country when no parent is given. */
export async function makePlace(ds: DataSource, seed: PlaceSeed = {}): Promise<string> {
  const code = seed.code ?? `T${String(next()).padStart(8, '0')}`;
  let path = pathLabel(code);
  if (seed.parentId) {
    const [parent] = await ds.query('SELECT path FROM place WHERE id = $1', [seed.parentId]);
    path = `${parent.path}.${path}`;
  }
  return insertRow(ds, 'place', {
    code,
    name: seed.name ?? `Place ${code}`,
    level: seed.level ?? (seed.parentId ? PlaceLevel.WARD : PlaceLevel.COUNTRY),
    parent_id: seed.parentId ?? null,
    path,
    imd_decile: seed.imdDecile ?? null,
    imd_rank: seed.imdRank ?? null,
    population: seed.population ?? null,
  });
}

export interface OrganisationSeed {
  name?: string;
  type?: OrganisationType;
  homePlaceId?: string | null;
  themes?: string[];
  archived?: boolean;
  createdAt?: string;
}

export async function makeOrganisation(ds: DataSource, seed: OrganisationSeed = {}): Promise<string> {
  const type = seed.type ?? OrganisationType.CHARITY;
  return insertRow(ds, 'organisation', {
    name: seed.name ?? `Organisation ${next()}`,
    type,
    sector: SECTOR_OF_TYPE[type],
    home_place_id: seed.homePlaceId ?? null,
    themes: seed.themes ?? [],
    archived_at: seed.archived ? new Date() : null,
    ...(seed.createdAt ? { created_at: seed.createdAt, updated_at: seed.createdAt } : {}),
  });
}

export async function addIdentifier(
  ds: DataSource,
  organisationId: string,
  identifier: string,
  isPrimary = true,
): Promise<string> {
  return insertRow(ds, 'organisation_identifier', {
    organisation_id: organisationId,
    scheme: identifier.split('-').slice(0, 2).join('-'),
    identifier,
    is_primary: isPrimary,
  });
}

export async function servePlace(ds: DataSource, organisationId: string, placeId: string): Promise<void> {
  await ds.query('INSERT INTO organisation_place (organisation_id, place_id) VALUES ($1, $2)', [
    organisationId,
    placeId,
  ]);
}

export async function makePartnership(ds: DataSource, name = `Partnership ${next()}`): Promise<string> {
  return insertRow(ds, 'partnership', { name, governance_model: 'SHARED_LEADERSHIP' });
}

export async function addMember(
  ds: DataSource,
  partnershipId: string,
  organisationId: string,
  extra: { toDate?: string; archived?: boolean } = {},
): Promise<string> {
  return insertRow(ds, 'partnership_membership', {
    partnership_id: partnershipId,
    organisation_id: organisationId,
    role: 'CORE_MEMBER',
    to_date: extra.toDate ?? null,
    archived_at: extra.archived ? new Date() : null,
  });
}

export async function makeProject(ds: DataSource, name = `Project ${next()}`): Promise<string> {
  return insertRow(ds, 'project', { name });
}

export async function addParticipant(ds: DataSource, projectId: string, organisationId: string): Promise<string> {
  return insertRow(ds, 'project_participant', {
    project_id: projectId,
    organisation_id: organisationId,
    role: 'DELIVERY_PARTNER',
  });
}

export async function makeFunding(
  ds: DataSource,
  funderId: string,
  recipient: { organisationId?: string; partnershipId?: string; projectId?: string },
  amount = 10000,
): Promise<string> {
  return insertRow(ds, 'funding', {
    funder_organisation_id: funderId,
    recipient_organisation_id: recipient.organisationId ?? null,
    recipient_partnership_id: recipient.partnershipId ?? null,
    recipient_project_id: recipient.projectId ?? null,
    amount,
  });
}

export async function makeRelationship(
  ds: DataSource,
  fromId: string,
  toId: string,
  extra: { type?: string; strength?: number; trust?: number | null; value?: number | null; directed?: boolean } = {},
): Promise<string> {
  return insertRow(ds, 'relationship', {
    from_organisation_id: fromId,
    to_organisation_id: toId,
    type: extra.type ?? 'REFERS_TO',
    strength: extra.strength ?? 3,
    trust: extra.trust ?? null,
    value: extra.value ?? null,
    directed: extra.directed ?? true,
  });
}

export async function makePerson(
  ds: DataSource,
  seed: { fullName?: string; livedExperience?: boolean; communityRepresentative?: boolean; archived?: boolean } = {},
): Promise<string> {
  return insertRow(ds, 'person', {
    full_name: seed.fullName ?? `Person ${next()}`,
    lived_experience: seed.livedExperience ?? false,
    community_representative: seed.communityRepresentative ?? false,
    archived_at: seed.archived ? new Date() : null,
  });
}

export async function makeAffiliation(
  ds: DataSource,
  personId: string,
  organisationId: string,
  extra: { title?: string; toDate?: string; isPrimary?: boolean } = {},
): Promise<string> {
  return insertRow(ds, 'affiliation', {
    person_id: personId,
    organisation_id: organisationId,
    title: extra.title ?? null,
    to_date: extra.toDate ?? null,
    is_primary: extra.isPrimary ?? false,
  });
}

/** Rows of a table, for "nothing was written" checks. */
export async function countRows(ds: DataSource, table: string, where = 'TRUE'): Promise<number> {
  const [row] = await ds.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`);
  return row.count;
}

/** Audit actions recorded for a record, oldest first. */
export async function auditActions(ds: DataSource, recordId: string): Promise<string[]> {
  const rows: { action: string }[] = await ds.query('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [
    recordId,
  ]);
  return rows.map((row) => row.action);
}

/** Pages through a connection query to the end, forwards or backwards, and returns every node's `name`-like key. */
export type PageOf<T> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: T[];
};

/**
 * Walks a connection to its end, `size` at a time: forwards with first/after, or backwards
 * with last/before. Checks totalCount on every page and returns the nodes in list order.
 */
export async function walkPages<T>(
  fetchPage: (paging: Record<string, unknown>) => Promise<PageOf<T>>,
  size: number,
  direction: 'forward' | 'backward',
): Promise<{ nodes: T[]; pages: number; totalCount: number }> {
  const nodes: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const page: PageOf<T> =
      direction === 'forward'
        ? await fetchPage({ first: size, after: cursor })
        : await fetchPage({ last: size, before: cursor });
    pages++;
    if (totalCount >= 0 && page.totalCount !== totalCount) throw new Error('totalCount changed between pages');
    totalCount = page.totalCount;
    if (direction === 'forward') nodes.push(...page.nodes);
    else nodes.unshift(...page.nodes);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    if (!more || pages > 100) break;
  }
  return { nodes, pages, totalCount };
}
