import { DomainError, OrganisationRole } from '@cg/shared/domain';
import { EntityManager } from 'typeorm';
import { currentMembershipSql } from '../current-membership';
import { AccessScope } from './row-access';

/*
 * Who may change a record (issue #4, roles): an instance admin anything; an organisation's
 * admins the records their organisation governs; its coordinators only the day-to-day log
 * (activities, measurements, stories) of the projects and partnerships it takes part in;
 * viewers nothing. Partnership and project leads and co-leads govern their membership.
 * Reading is PostgreSQL's job (row-level security); this decides writing. A partnership is
 * governed by its current members only: an ended membership, or one not yet started, gives no rights.
 */

type Row = Record<string, unknown>;

const LEADS_OF_PARTNERSHIP = (p: string) =>
  `SELECT pm.organisation_id FROM partnership_membership pm WHERE pm.partnership_id = ${p} AND pm.role IN ('LEAD', 'CO_LEAD') AND ${currentMembershipSql('pm')}
   UNION SELECT owner_organisation_id FROM partnership WHERE id = ${p}`;
const LEADS_OF_PROJECT = (p: string) =>
  `SELECT organisation_id FROM project_participant WHERE project_id = ${p} AND role IN ('LEAD', 'CO_LEAD') AND archived_at IS NULL
   UNION SELECT owner_organisation_id FROM project WHERE id = ${p}`;
const MEMBERS_OF_PARTNERSHIP = (p: string) =>
  `SELECT pm.organisation_id FROM partnership_membership pm WHERE pm.partnership_id = ${p} AND ${currentMembershipSql('pm')}
   UNION SELECT owner_organisation_id FROM partnership WHERE id = ${p}`;
const PARTICIPANTS_OF_PROJECT = (p: string) =>
  `SELECT organisation_id FROM project_participant WHERE project_id = ${p} AND archived_at IS NULL
   UNION SELECT owner_organisation_id FROM project WHERE id = ${p}`;
/** Everyone taking part in the work an outcome belongs to. */
const TAKING_PART_IN_OUTCOME = (o: string) =>
  `SELECT owner_organisation_id FROM outcome WHERE id = ${o}
   UNION ${PARTICIPANTS_OF_PROJECT(`(SELECT owner_project_id FROM outcome WHERE id = ${o})`)}
   UNION ${MEMBERS_OF_PARTNERSHIP(`(SELECT owner_partnership_id FROM outcome WHERE id = ${o})`)}`;
const LEADING_OUTCOME = (o: string) =>
  `SELECT owner_organisation_id FROM outcome WHERE id = ${o}
   UNION ${LEADS_OF_PROJECT(`(SELECT owner_project_id FROM outcome WHERE id = ${o})`)}
   UNION ${LEADS_OF_PARTNERSHIP(`(SELECT owner_partnership_id FROM outcome WHERE id = ${o})`)}`;

interface Rule {
  /**
   * Organisations governing the row; $1 is its owner, the rest come from `params`. A row that
   * belongs to a parent (a membership, a measurement, an activity of a project) is governed
   * through the parent, never by its own owner, which defaults to the creator's organisation.
   * (`SELECT NULL WHERE $1 IS NULL` only gives PostgreSQL the type of an unused $1.)
   */
  sql: string;
  params?: (row: Row) => unknown[];
  /** Whether coordinators (not only admins) of those organisations may write it. */
  coordinators?: true;
}

const OWNER_ONLY: Rule = { sql: 'SELECT $1::uuid' };

const RULES: Record<string, Rule> = {
  organisation: { sql: 'SELECT $1::uuid UNION SELECT $2::uuid', params: (r) => [r['id'] ?? null] },
  person: OWNER_ONLY,
  place: OWNER_ONLY,
  need: { sql: 'SELECT $1::uuid UNION SELECT $2::uuid', params: (r) => [r['raisedByOrganisationId'] ?? null] },
  relationship: { sql: 'SELECT $1::uuid UNION SELECT $2::uuid', params: (r) => [r['fromOrganisationId'] ?? null] },
  funding: { sql: 'SELECT $1::uuid UNION SELECT $2::uuid', params: (r) => [r['funderOrganisationId'] ?? null] },
  partnership: { sql: `SELECT $1::uuid UNION ${LEADS_OF_PARTNERSHIP('$2::uuid')}`, params: (r) => [r['id'] ?? null] },
  project: {
    sql: `SELECT $1::uuid UNION ${LEADS_OF_PROJECT('$2::uuid')} UNION ${LEADS_OF_PARTNERSHIP('$3::uuid')}`,
    params: (r) => [r['id'] ?? null, r['partnershipId'] ?? null],
  },
  outcome: {
    sql: `SELECT $1::uuid UNION ${LEADS_OF_PROJECT('$2::uuid')} UNION ${LEADS_OF_PARTNERSHIP('$3::uuid')}`,
    params: (r) => [r['ownerProjectId'] ?? null, r['ownerPartnershipId'] ?? null],
  },
  indicator: { sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${LEADING_OUTCOME('$2::uuid')}`, params: (r) => [r['outcomeId'] ?? null] },
  partnership_membership: {
    sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${LEADS_OF_PARTNERSHIP('$2::uuid')}`,
    params: (r) => [r['partnershipId'] ?? null],
  },
  project_participant: { sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${LEADS_OF_PROJECT('$2::uuid')}`, params: (r) => [r['projectId'] ?? null] },
  affiliation: {
    sql: 'SELECT NULL::uuid WHERE $1::uuid IS NULL UNION SELECT $2::uuid UNION SELECT owner_organisation_id FROM person WHERE id = $3::uuid',
    params: (r) => [r['organisationId'] ?? null, r['personId'] ?? null],
  },
  activity: {
    sql: `SELECT $1::uuid WHERE $2::uuid IS NULL AND $3::uuid IS NULL
          UNION ${PARTICIPANTS_OF_PROJECT('$2::uuid')} UNION ${MEMBERS_OF_PARTNERSHIP('$3::uuid')}`,
    params: (r) => [r['projectId'] ?? null, r['partnershipId'] ?? null],
    coordinators: true,
  },
  measurement: {
    sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${TAKING_PART_IN_OUTCOME('(SELECT outcome_id FROM indicator WHERE id = $2::uuid)')}`,
    params: (r) => [r['indicatorId'] ?? null],
    coordinators: true,
  },
  story: { sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${TAKING_PART_IN_OUTCOME('$2::uuid')}`, params: (r) => [r['outcomeId'] ?? null], coordinators: true },
  // Survey rounds (issue #15): the partnership's leads' admins and coordinators run them; each
  // member organisation's admins and coordinators answer for it.
  survey_round: {
    sql: `SELECT NULL::uuid WHERE $1::uuid IS NULL UNION ${LEADS_OF_PARTNERSHIP('$2::uuid')}`,
    params: (r) => [r['partnershipId'] ?? null],
    coordinators: true,
  },
  survey_response: { sql: 'SELECT NULL::uuid WHERE $1::uuid IS NULL UNION SELECT $2::uuid', params: (r) => [r['organisationId'] ?? null], coordinators: true },
  // "Not now" to a partner suggestion is the organisation's day-to-day choice, not its governance.
  partner_suggestion_dismissal: {
    sql: 'SELECT NULL::uuid WHERE $1::uuid IS NULL UNION SELECT $2::uuid',
    params: (r) => [r['organisationId'] ?? null],
    coordinators: true,
  },
};

/** What the rule for `table` reads of a row (its owner and governing parents): rows alike in this are judged alike. */
export function rightsKey(table: string, row: Row): string {
  return JSON.stringify([row['ownerOrganisationId'] ?? null, ...(RULES[table]?.params?.(row) ?? [])]);
}

/** The organisation a new record belongs to when the user did not say: the one they act for. */
export function defaultOwner(scope: AccessScope): string | null {
  const acting = scope.memberships.filter((m) => m.role !== OrganisationRole.VIEWER);
  return acting.length === 1 ? acting[0].organisationId : null;
}

/**
 * Refuses with FORBIDDEN (or UNAUTHENTICATED) unless the scope may write `row` of `table`.
 * One statement, run on the writing transaction so records it has just made count.
 */
export async function assertMayWrite(manager: EntityManager, scope: AccessScope, table: string, row: Row): Promise<void> {
  if (!scope.signedIn) throw new DomainError('UNAUTHENTICATED', 'Sign in to make changes.');
  if (scope.isInstanceAdmin) return;
  const rule = RULES[table];
  const label = table.replace(/_/g, ' ');
  const allowed = scope.memberships
    .filter((m) => m.role === OrganisationRole.ORG_ADMIN || (rule?.coordinators && m.role === OrganisationRole.COORDINATOR))
    .map((m) => m.organisationId);
  if (rule && allowed.length > 0) {
    const [{ permitted }]: { permitted: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM (${rule.sql}) governing(id) WHERE governing.id = ANY($${2 + (rule.params?.(row).length ?? 0)}::uuid[])) AS permitted`,
      [row['ownerOrganisationId'] ?? null, ...(rule.params?.(row) ?? []), allowed],
    );
    if (permitted) return;
  }
  throw new DomainError(
    'FORBIDDEN',
    scope.memberships.length === 0
      ? `You are not a member of any organisation, so you cannot change this ${label}.`
      : `Your role does not allow you to change this ${label}. Ask an administrator of the organisation it belongs to.`,
  );
}
