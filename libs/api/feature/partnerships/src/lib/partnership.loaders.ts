import {
  currentMembershipSql,
  lightRows,
  OrganisationEntity,
  PartnershipEntity,
  PartnershipMembershipEntity,
  PlaceEntity,
  preparedQuery,
} from '@cg/api/core/database';
import {
  attachToParent,
  childSelection,
  defineLoader,
  FieldArgs,
  groupedBatch,
  linkedRecordsLoader,
  LoaderDefinition,
  LoaderRegistry,
  nestedListKey,
  NestedList,
  orderByKeys,
  registerNestedList,
  selectedColumns,
} from '@cg/api/core/graphql';
import { GraphQLObjectType } from 'graphql';
import { organisationById, partnershipById } from '@cg/api/core/record-types';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

// The hot nested lists (a partnership's members with their organisations, an organisation's
// memberships with their partnerships) are one hand-written statement each: the memberships and
// the record at their other end together, hydrated without TypeORM's query builder, and the other
// end primed into its by-id loader so `organisation`/`partnership` cost no second statement
// (issue #13, docs/performance.md "Per-request cost in the API"). Row-level security judges both
// tables as before: a left-joined organisation the user may not read comes back as null, as its
// loader would answer.
const MEMBERSHIP_ORDER = 'ORDER BY m.from_date ASC NULLS LAST, m.created_at, m.id';

const PARTNERSHIP_MEMBERS = 'partnership_membership m LEFT JOIN organisation o ON o.id = m.organisation_id';
const CURRENT_ONLY = currentMembershipSql('m');
const NOT_ARCHIVED = 'm.archived_at IS NULL';

/** The record at a membership's other end: its columns' alias in the rows, and its by-id loader. */
interface OtherEnd<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  alias: string;
  loader: LoaderDefinition<string, T | null>;
  key: 'organisationId' | 'partnershipId';
}

const ORGANISATION_END: OtherEnd<OrganisationEntity> = {
  entity: OrganisationEntity,
  alias: 'o',
  loader: organisationById,
  key: 'organisationId',
};
const PARTNERSHIP_END: OtherEnd<PartnershipEntity> = {
  entity: PartnershipEntity,
  alias: 'p',
  loader: partnershipById,
  key: 'partnershipId',
};

/** Each row's membership, with the record at its other end primed into that record's by-id loader. */
function membershipsPriming<T extends ObjectLiteral>(
  end: OtherEnd<T>,
  db: DataSource,
  loaders: LoaderRegistry | undefined,
  rows: Record<string, unknown>[],
  fromJson = false,
): PartnershipMembershipEntity[] {
  const m = lightRows(db, PartnershipMembershipEntity, 'm');
  const other = lightRows(db, end.entity, end.alias);
  const records = loaders?.get(end.loader);
  return rows.map((row) => {
    const membership = m.hydrate(row, fromJson) as PartnershipMembershipEntity;
    records?.prime(membership[end.key], other.hydrate(row, fromJson) as T);
    return membership;
  });
}

const partnershipMembers = membershipsPriming.bind(null, ORGANISATION_END);
const organisationMemberships = membershipsPriming.bind(null, PARTNERSHIP_END);

async function membershipsOfPartnerships(
  db: DataSource,
  loaders: LoaderRegistry | undefined,
  ids: readonly string[],
  condition: string,
): Promise<PartnershipMembershipEntity[][]> {
  const m = lightRows(db, PartnershipMembershipEntity, 'm');
  const o = lightRows(db, OrganisationEntity, 'o');
  const rows = await preparedQuery(
    db,
    `SELECT ${m.select}, ${o.select} FROM ${PARTNERSHIP_MEMBERS}
     WHERE m.partnership_id = ANY($1::uuid[]) AND ${condition} ${MEMBERSHIP_ORDER}`,
    [[...ids]],
  );
  return groupedBatch(ids, partnershipMembers(db, loaders, rows), (row) => row.partnershipId);
}

/** Memberships (not archived) of each partnership, past, current and future, earliest first. */
export const membershipsByPartnership = defineLoader<string, PartnershipMembershipEntity[]>(
  'membershipsByPartnership',
  (db, loaders) => (ids) => membershipsOfPartnerships(db, loaders, ids, NOT_ARCHIVED),
);

/** Current memberships of each partnership (the ones memberCount counts), earliest first. */
export const currentMembershipsByPartnership = defineLoader<string, PartnershipMembershipEntity[]>(
  'currentMembershipsByPartnership',
  (db, loaders) => (ids) => membershipsOfPartnerships(db, loaders, ids, CURRENT_ONLY),
);

// An organisation's memberships: memberships not archived, of partnerships not archived.
const ORGANISATION_MEMBERSHIPS = `partnership_membership m JOIN partnership p ON p.id = m.partnership_id AND p.archived_at IS NULL`;

/** Memberships (not archived) of each organisation in partnerships that are not archived. */
export const membershipsByOrganisation = defineLoader<string, PartnershipMembershipEntity[]>(
  'membershipsByOrganisation',
  (db, loaders) => async (ids) => {
    const m = lightRows(db, PartnershipMembershipEntity, 'm');
    const p = lightRows(db, PartnershipEntity, 'p');
    const rows = await preparedQuery(
      db,
      `SELECT ${m.select}, ${p.select} FROM ${ORGANISATION_MEMBERSHIPS}
       WHERE m.organisation_id = ANY($1::uuid[]) AND m.archived_at IS NULL ${MEMBERSHIP_ORDER}`,
      [[...ids]],
    );
    return groupedBatch(ids, organisationMemberships(db, loaders, rows), (row) => row.organisationId);
  },
);

// The order of MEMBERSHIP_ORDER over a json subquery's rows (`jsonSelectOf` names the columns m__…),
// and the membership columns a partial list always reads: the order's and both ends' keys.
const JSON_MEMBERSHIP_ORDER = 'ORDER BY r.m__from_date ASC NULLS LAST, r.m__created_at, r.m__id';
const ALWAYS_READ: readonly string[] = ['id', 'fromDate', 'createdAt', 'organisationId', 'partnershipId'];

/** A list of memberships read with its parent's statement, with the record at each one's other end. */
interface MembershipList<T extends ObjectLiteral> {
  /** The list's field on the parent's GraphQL type. */
  field: string;
  /** The other end: its GraphQL type and field on Membership. */
  end: OtherEnd<T> & { typeName: string; field: 'organisation' | 'partnership' };
  from: string;
  where(parentAlias: string, args: FieldArgs): string;
  /** The loader the field's resolver reads when nothing was attached to its parent. */
  loader(args: FieldArgs): LoaderDefinition<string, PartnershipMembershipEntity[]>;
}

/**
 * A registered nested list of memberships. It reads only the columns the query selects on the
 * memberships and on their other ends when those are plain columns (issue #13, sixth round: the
 * profile's 43 memberships were 34 json values each, for the 4 asked for). Partial rows are attached
 * to the objects they were read for, never primed into the shared loaders; whole rows are primed as
 * before, so other fields of the request reuse them.
 */
function membershipList<T extends ObjectLiteral>(spec: MembershipList<T>): NestedList {
  return {
    plan: (db, args, selection) => {
      const m = lightRows(db, PartnershipMembershipEntity, 'm');
      const other = lightRows(db, spec.end.entity, spec.end.alias);
      const schema = selection.info.schema;
      const membershipColumns = selectedColumns(
        selection,
        schema.getType('Membership') as GraphQLObjectType,
        db.getMetadata(PartnershipMembershipEntity),
        { [spec.end.field]: [spec.end.key] },
      );
      const endColumns = selectedColumns(
        childSelection(selection, spec.end.field),
        schema.getType(spec.end.typeName) as GraphQLObjectType,
        db.getMetadata(spec.end.entity),
      );
      const whole = !membershipColumns && !endColumns;
      const memberships = membershipColumns && [...new Set([...membershipColumns, ...ALWAYS_READ])];
      const key = nestedListKey(spec.field, args);
      return {
        json: (parent) => `SELECT json_agg(r ${JSON_MEMBERSHIP_ORDER})
          FROM (SELECT ${m.jsonSelectOf(memberships)}, ${other.jsonSelectOf(endColumns)} FROM ${spec.from}
                WHERE ${spec.where(parent, args)}) r`,
        prime: (loaders, parent, rows) => {
          if (whole) {
            loaders.get(spec.loader(args)).prime(parent.id, membershipsPriming(spec.end, db, loaders, rows, true));
            return;
          }
          const list = rows.map((row) => {
            const membership = m.hydrate(row, true) as PartnershipMembershipEntity;
            attachToParent(membership, spec.end.field, other.hydrate(row, true));
            return membership;
          });
          attachToParent(parent, key, list);
        },
      };
    },
  };
}

// `partnership(id) { members { … } }` (the partnership page) and a page's nodes' members, in the
// record's or the page's own statement: the same rows as the members loaders'.
registerNestedList(
  'Partnership',
  'members',
  membershipList({
    field: 'members',
    end: { ...ORGANISATION_END, typeName: 'Organisation', field: 'organisation' },
    from: PARTNERSHIP_MEMBERS,
    where: (parent, args) => `m.partnership_id = "${parent}".id AND ${args['current'] ? CURRENT_ONLY : NOT_ARCHIVED}`,
    loader: (args) => (args['current'] ? currentMembershipsByPartnership : membershipsByPartnership),
  }),
);

// `organisation(id) { memberships { … } }` (the organisation profile) in one statement: the same
// rows as the loader's.
registerNestedList(
  'Organisation',
  'memberships',
  membershipList({
    field: 'memberships',
    end: { ...PARTNERSHIP_END, typeName: 'Partnership', field: 'partnership' },
    from: ORGANISATION_MEMBERSHIPS,
    where: (parent) => `m.organisation_id = "${parent}".id AND m.archived_at IS NULL`,
    loader: () => membershipsByOrganisation,
  }),
);

/** Places each partnership covers, by name. */
export const placesByPartnership = linkedRecordsLoader('placesByPartnership', {
  target: PlaceEntity,
  link: { table: 'partnership_place', keyColumn: 'partnership_id', targetColumn: 'place_id' },
  orderBy: ['t.name'],
});

export interface MemberStats {
  memberCount: number;
  decisionSeatCount: number;
  totalCashContribution: number;
  totalInKindContribution: number;
}

/** SQL for the number of current members of partnership `p`: the MEMBER_COUNT sort key. */
export const CURRENT_MEMBER_COUNT_SQL = (alias: string) =>
  `(SELECT count(*) FROM partnership_membership cm WHERE cm.partnership_id = ${alias}.id AND ${currentMembershipSql('cm')})`;

/** Member counts and contribution totals of each partnership, in one grouped statement. */
export const memberStatsByPartnership = defineLoader<string, MemberStats>(
  'memberStatsByPartnership',
  (db) => async (ids) => {
    const rows: { id: string; member_count: number; seat_count: number; cash: string; in_kind: string }[] =
      await db.query(
        `SELECT m.partnership_id AS id,
            CAST(count(*) FILTER (WHERE ${currentMembershipSql('m')}) AS integer) AS member_count,
            CAST(count(*) FILTER (WHERE m.decision_seat AND ${currentMembershipSql('m')}) AS integer) AS seat_count,
            COALESCE(sum(m.cash_contribution), 0) AS cash,
            COALESCE(sum(m.in_kind_contribution), 0) AS in_kind
     FROM partnership_membership m
     WHERE m.partnership_id = ANY($1::uuid[]) AND m.archived_at IS NULL
     GROUP BY m.partnership_id`,
        [[...ids]],
      );
    return orderByKeys(ids, rows, (row) => row.id).map((row) => ({
      memberCount: row?.member_count ?? 0,
      decisionSeatCount: row?.seat_count ?? 0,
      totalCashContribution: Number(row?.cash ?? 0),
      totalInKindContribution: Number(row?.in_kind ?? 0),
    }));
  },
);

/** Funding (not archived) to each partnership and to its projects (not archived), in pounds. */
export const fundingTotalByPartnership = defineLoader<string, number>(
  'fundingTotalByPartnership',
  (db) => async (ids) => {
    const rows: { id: string; total: string }[] = await db.query(
      `SELECT k.id, COALESCE(sum(f.amount), 0) AS total
     FROM unnest($1::uuid[]) AS k(id)
     JOIN funding f ON f.archived_at IS NULL AND (
       f.recipient_partnership_id = k.id
       OR f.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = k.id AND pr.archived_at IS NULL)
     )
     GROUP BY k.id`,
      [[...ids]],
    );
    return orderByKeys(ids, rows, (row) => row.id).map((row) => Number(row?.total ?? 0));
  },
);

export interface PartnershipFunderKey {
  partnershipId: string;
  funderId: string;
}

/** Funding (not archived) from one funder to each partnership and its projects, in pounds. */
export const funderTotalByPartnership = defineLoader<PartnershipFunderKey, number, string>(
  'funderTotalByPartnership',
  (db) => async (keys) => {
    const rows: { id: string; funder: string; total: string }[] = await db.query(
      `SELECT k.id, k.funder, COALESCE(sum(f.amount), 0) AS total
       FROM unnest($1::uuid[], $2::uuid[]) AS k(id, funder)
       JOIN funding f ON f.archived_at IS NULL AND f.funder_organisation_id = k.funder AND (
         f.recipient_partnership_id = k.id
         OR f.recipient_project_id IN (SELECT pr.id FROM project pr WHERE pr.partnership_id = k.id AND pr.archived_at IS NULL)
       )
       GROUP BY k.id, k.funder`,
      [keys.map((key) => key.partnershipId), keys.map((key) => key.funderId)],
    );
    const totals = new Map(rows.map((row) => [`${row.id}|${row.funder}`, Number(row.total)]));
    return keys.map((key) => totals.get(`${key.partnershipId}|${key.funderId}`) ?? 0);
  },
  { cacheKeyFn: (key) => `${key.partnershipId}|${key.funderId}` },
);
