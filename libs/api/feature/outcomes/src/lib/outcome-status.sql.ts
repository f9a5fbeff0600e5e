import { AT_RISK_MARGIN, OUTCOME_STATUS_ORDER } from '@cg/shared/domain';

// The rules of libs/shared/domain/src/lib/outcome-progress.ts, in SQL, so lists can filter
// by status without loading every indicator. Keep the two in step (the integration test
// compares them). Ranks are 1-based positions in OUTCOME_STATUS_ORDER (best to worst).

const rank = (status: string) => OUTCOME_STATUS_ORDER.indexOf(status as never) + 1;

const SIGN = `(CASE WHEN i.direction = 'DECREASE' THEN -1 ELSE 1 END)`;

/** One row per unarchived indicator of the outcome `outcomeIdSql`, with its status rank. */
function indicatorRanks(outcomeIdSql: string): string {
  return `SELECT CASE
      WHEN lm.value IS NULL OR i.baseline_value IS NULL OR i.target_value IS NULL THEN ${rank('NO_DATA')}
      WHEN pr.p >= 1 THEN ${rank('ACHIEVED')}
      WHEN ex.e IS NULL THEN ${rank('NO_DATA')}
      WHEN ex.e - pr.p <= 0 THEN ${rank('ON_TRACK')}
      WHEN ex.e - pr.p <= ${AT_RISK_MARGIN} THEN ${rank('AT_RISK')}
      ELSE ${rank('OFF_TRACK')}
    END AS rank
    FROM indicator i
    LEFT JOIN LATERAL (
      SELECT m.value, m.date FROM measurement m
      WHERE m.indicator_id = i.id AND m.archived_at IS NULL
      ORDER BY m.date DESC, m.created_at DESC LIMIT 1
    ) lm ON TRUE
    CROSS JOIN LATERAL (SELECT CASE
      WHEN i.target_value = i.baseline_value THEN (CASE WHEN ${SIGN} * (lm.value - i.target_value) >= 0 THEN 1 ELSE 0 END)
      ELSE ${SIGN} * (lm.value - i.baseline_value) / NULLIF(abs(i.target_value - i.baseline_value), 0)
    END AS p) pr
    CROSS JOIN LATERAL (SELECT CASE
      WHEN i.target_date > i.baseline_date
      THEN LEAST(1, GREATEST(0, (lm.date - i.baseline_date)::numeric / (i.target_date - i.baseline_date)))
    END AS e) ex
    WHERE i.outcome_id = ${outcomeIdSql} AND i.archived_at IS NULL`;
}

/** SQL for the computed status (text) of the outcome whose id is `outcomeIdSql`. */
export function outcomeStatusSql(outcomeIdSql: string): string {
  const names = OUTCOME_STATUS_ORDER.map((status) => `'${status}'`).join(', ');
  return `(SELECT COALESCE((ARRAY[${names}])[MAX(s.rank)], 'NO_DATA') FROM (${indicatorRanks(outcomeIdSql)}) s)`;
}
