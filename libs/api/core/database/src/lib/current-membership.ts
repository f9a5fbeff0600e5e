/**
 * The one definition of a membership that holds on a day: not archived, started (no
 * `from_date`, or on or before the day) and not ended (no `to_date`, or on or after it).
 * Every count, list and measure of "current members" uses it, so they agree.
 *
 * `m` is the alias of a `partnership_membership` row (trusted SQL, never client text);
 * `day` is an SQL date expression, today by default.
 */
export function membershipHeldSql(m: string, day = 'current_date'): string {
  return `(${m}.archived_at IS NULL AND (${m}.from_date IS NULL OR ${m}.from_date <= ${day}) AND (${m}.to_date IS NULL OR ${m}.to_date >= ${day}))`;
}

/** A current membership: one that holds today. */
export const currentMembershipSql = (m: string): string => membershipHeldSql(m);

/**
 * A current affiliation (a person with an organisation): the same rule, since an `affiliation`
 * row carries the same `archived_at`, `from_date` and `to_date`. `a` is its alias.
 */
export const currentAffiliationSql = (a: string): string => membershipHeldSql(a);

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
