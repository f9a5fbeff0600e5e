import { defineLoader, groupedBatch } from '@cg/api/core/graphql';
import { RelationshipType, TieKind } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { OrganisationTie, TieKindCount } from './relationship.type';

/** An organisation and the kinds of tie wanted (null: every kind). */
export interface TieKey {
  organisationId: string;
  kinds: readonly TieKind[] | null;
}

interface TieRow {
  organisation_id: string;
  other_organisation_id: string;
  kind: TieKind;
  relationship_type: string | null;
  via_id: string;
  strength: number | null;
  trust: number | null;
  value: number | null;
  amount: string | null;
  directed: boolean;
  outgoing: boolean;
}

const kindsKey = (kinds: readonly TieKind[] | null) => (kinds ? [...new Set(kinds)].sort().join(',') : '*');

/** Ties to organisations that are not archived, from the organisation_tie view, for many organisations at once. */
async function loadTies(
  db: DataSource,
  organisationIds: string[],
  kinds: readonly TieKind[] | null,
): Promise<TieRow[]> {
  return db.query(
    `SELECT t.organisation_id, t.other_organisation_id, t.kind, t.relationship_type, t.via_id,
            t.strength, t.trust, t.value, t.amount, t.directed, t.outgoing
       FROM organisation_tie t
       JOIN organisation other ON other.id = t.other_organisation_id AND other.archived_at IS NULL
      WHERE t.organisation_id = ANY($1) AND ($2::text[] IS NULL OR t.kind = ANY($2::text[]))
      ORDER BY t.organisation_id, t.kind, lower(other.name), t.other_organisation_id, t.via_id`,
    [organisationIds, kinds ? [...kinds] : null],
  );
}

function toTie(row: TieRow): OrganisationTie {
  return {
    otherOrganisationId: row.other_organisation_id,
    kind: row.kind,
    relationshipType: (row.relationship_type as RelationshipType | null) ?? null,
    viaId: row.via_id,
    strength: row.strength,
    trust: row.trust,
    value: row.value,
    amount: row.amount === null ? null : Number(row.amount),
    directed: row.directed,
    outgoing: row.outgoing,
  };
}

/**
 * Ties of many organisations: one statement per distinct set of kinds asked for in a tick
 * (usually one), whatever the number of organisations.
 */
export const tiesByOrganisation = defineLoader<TieKey, OrganisationTie[], string>(
  'tiesByOrganisation',
  (db) => async (keys) => {
    const groups = new Map<string, { kinds: readonly TieKind[] | null; ids: Set<string> }>();
    for (const key of keys) {
      const signature = kindsKey(key.kinds);
      const group = groups.get(signature) ?? { kinds: key.kinds, ids: new Set<string>() };
      group.ids.add(key.organisationId);
      groups.set(signature, group);
    }
    const results = new Map<string, OrganisationTie[]>();
    await Promise.all(
      [...groups].map(async ([signature, group]) => {
        const ids = [...group.ids];
        const rows = await loadTies(db, ids, group.kinds);
        groupedBatch(ids, rows, (row) => row.organisation_id).forEach((ties, index) =>
          results.set(`${ids[index]}|${signature}`, ties.map(toTie)),
        );
      }),
    );
    return keys.map((key) => results.get(`${key.organisationId}|${kindsKey(key.kinds)}`) ?? []);
  },
  { cacheKeyFn: (key) => `${key.organisationId}|${kindsKey(key.kinds)}` },
);

/** How many distinct other organisations each organisation is tied to, over every kind of tie. */
export const partnerCountByOrganisation = defineLoader<string, number>(
  'partnerCountByOrganisation',
  (db) => async (ids) => {
    const rows: { organisation_id: string; count: number }[] = await db.query(
      `SELECT t.organisation_id, CAST(COUNT(DISTINCT t.other_organisation_id) AS integer) AS count
       FROM organisation_tie t
       JOIN organisation other ON other.id = t.other_organisation_id AND other.archived_at IS NULL
      WHERE t.organisation_id = ANY($1)
      GROUP BY t.organisation_id`,
      [[...ids]],
    );
    const counts = new Map(rows.map((row) => [row.organisation_id, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  },
);

/** Distinct partners per kind of tie, for many organisations in one statement; kinds with none are left out. */
export const tieSummaryByOrganisation = defineLoader<string, TieKindCount[]>(
  'tieSummaryByOrganisation',
  (db) => async (ids) => {
    const rows: { organisation_id: string; kind: TieKind; partners: number }[] = await db.query(
      `SELECT t.organisation_id, t.kind, CAST(COUNT(DISTINCT t.other_organisation_id) AS integer) AS partners
       FROM organisation_tie t
       JOIN organisation other ON other.id = t.other_organisation_id AND other.archived_at IS NULL
      WHERE t.organisation_id = ANY($1)
      GROUP BY t.organisation_id, t.kind
      ORDER BY t.organisation_id, t.kind`,
      [[...ids]],
    );
    return groupedBatch(ids, rows, (row) => row.organisation_id).map((group) =>
      group.map((row) => ({ kind: row.kind, partners: row.partners })),
    );
  },
);
