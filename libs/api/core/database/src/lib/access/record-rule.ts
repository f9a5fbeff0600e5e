const ADMIN = `current_setting('cg.admin', true) = 'on'`;
const OWNERS = (setting: string) => `(SELECT unnest(current_setting('${setting}', true)::uuid[]))`;

/**
 * The records' read rule by visibility and owner (migration TrustBoundary's `readable`, without a
 * grant's sides), for an owner and a visibility column. The policy of `record_tally` is this rule
 * (migration PlaceCandidatesAndTallies): a change here needs a migration that replaces it.
 */
export function ownerRuleSql(owner: string, visibility = 'visibility'): string {
  return `(${ADMIN} OR (current_setting('cg.signed_in', true) = 'on' AND (${visibility} = 'PUBLIC'
    OR ${owner} IN ${OWNERS('cg.readable')}
    OR (${visibility} = 'PARTNERS' AND (${owner} IN ${OWNERS('cg.partners')} OR ${owner} IN ${OWNERS('cg.funded')})))))`;
}
