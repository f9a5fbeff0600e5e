/*
 * The one definition of "held on a day" for every dated record the measures rest on. Counts,
 * lists and measures of today use these with `current_date`; the as-at-date measures pass
 * another day (an SQL date expression such as `$5::date` or `d.day`). Archived records are
 * left out on every day: archiving takes a record out of the history, not only out of today.
 *
 * Aliases and day expressions are trusted SQL written in this codebase, never client text.
 */

/**
 * Whether a record with a start and an end column holds on the day: not archived, started (no
 * start, or on or before the day) and not ended (no end, or on or after it).
 */
export function heldOnSql(alias: string, startColumn: string, endColumn: string, day = 'current_date'): string {
  const start = `${alias}.${startColumn}`;
  const end = `${alias}.${endColumn}`;
  return `(${alias}.archived_at IS NULL AND (${start} IS NULL OR ${start} <= ${day}) AND (${end} IS NULL OR ${end} >= ${day}))`;
}

/**
 * A membership that holds on a day (today by default). Every count, list and measure of
 * "current members" uses it, so they agree. `m` is a `partnership_membership` row.
 */
export function membershipHeldSql(m: string, day = 'current_date'): string {
  return heldOnSql(m, 'from_date', 'to_date', day);
}

/** A current membership: one that holds today. */
export const currentMembershipSql = (m: string): string => membershipHeldSql(m);

/** A typed relationship (`relationship` row) that holds on the day. */
export const relationshipHeldSql = (r: string, day = 'current_date'): string => heldOnSql(r, 'from_date', 'to_date', day);

/** An affiliation of a person with an organisation (`affiliation` row) that holds on the day. */
export const affiliationHeldSql = (a: string, day = 'current_date'): string => heldOnSql(a, 'from_date', 'to_date', day);

/** A partnership or project (rows with start_date and end_date) running on the day. */
export const runningOnSql = (g: string, day = 'current_date'): string => heldOnSql(g, 'start_date', 'end_date', day);

/** A project (or partnership) that had started by the day, whether or not it has ended since. */
export const startedBySql = (g: string, day = 'current_date'): string => `(${g}.start_date IS NULL OR ${g}.start_date <= ${day})`;

/** A grant (`funding` row) active on the day: its period (or else award) had started and its period had not ended. */
export function fundingActiveSql(f: string, day = 'current_date'): string {
  const start = `coalesce(${f}.period_start, ${f}.award_date)`;
  return `(${f}.archived_at IS NULL AND (${start} IS NULL OR ${start} <= ${day}) AND (${f}.period_end IS NULL OR ${f}.period_end >= ${day}))`;
}

/**
 * Whether a row `t` of the organisation_tie view held on the day: the record behind it (relationship,
 * grant, partnership or project) held then, and for co-membership both memberships did, and for a
 * grant to a partnership the recipient end was a member then. Project participants carry no dates,
 * so a joint project holds while the project runs.
 */
export function tieHeldOnSql(t: string, day: string): string {
  const recipient = `(CASE WHEN ${t}.outgoing THEN ${t}.other_organisation_id ELSE ${t}.organisation_id END)`;
  const memberOn = (partnership: string, organisation: string) =>
    `EXISTS (SELECT 1 FROM partnership_membership hm WHERE hm.partnership_id = ${partnership}
       AND hm.organisation_id = ${organisation} AND ${membershipHeldSql('hm', day)})`;
  return `(CASE ${t}.kind
    WHEN 'RELATIONSHIP' THEN EXISTS (SELECT 1 FROM relationship hr WHERE hr.id = ${t}.via_id AND ${relationshipHeldSql('hr', day)})
    WHEN 'CO_MEMBERSHIP' THEN EXISTS (SELECT 1 FROM partnership hg WHERE hg.id = ${t}.via_id AND ${runningOnSql('hg', day)})
      AND ${memberOn(`${t}.via_id`, `${t}.organisation_id`)} AND ${memberOn(`${t}.via_id`, `${t}.other_organisation_id`)}
    WHEN 'JOINT_PROJECT' THEN EXISTS (SELECT 1 FROM project hp WHERE hp.id = ${t}.via_id AND ${runningOnSql('hp', day)})
    WHEN 'FUNDING' THEN EXISTS (SELECT 1 FROM funding hf WHERE hf.id = ${t}.via_id AND ${fundingActiveSql('hf', day)}
      AND (hf.recipient_organisation_id = ${recipient} OR hf.recipient_project_id IS NOT NULL
           OR ${memberOn('hf.recipient_partnership_id', recipient)}))
    ELSE false END)`;
}

/** A current affiliation (a person with an organisation, `affiliation` row `a`): one that holds today. */
export const currentAffiliationSql = (a: string): string => affiliationHeldSql(a);

/**
 * The day a partnership's measures describe: today while it runs; once it is CLOSED, the
 * day it closed (its end date, or else the day its last membership ended), so a closed
 * partnership shows the members and indices it had then instead of none.
 * `p` is the alias of a `partnership` row.
 */
export function partnershipMeasuredOnSql(p: string): string {
  return `(CASE WHEN ${p}.status = 'CLOSED' THEN coalesce(${p}.end_date,
    (SELECT max(le.to_date) FROM partnership_membership le WHERE le.partnership_id = ${p}.id AND le.archived_at IS NULL),
    current_date) ELSE current_date END)`;
}
