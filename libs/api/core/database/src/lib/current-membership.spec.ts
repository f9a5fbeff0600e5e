import {
  currentMembershipSql,
  fundingActiveSql,
  heldOnSql,
  membershipHeldSql,
  partnershipMeasuredOnSql,
  relationshipHeldSql,
  runningOnSql,
  tieHeldOnSql,
} from './current-membership';

describe('current membership', () => {
  it('is not archived, started and not ended, today unless another day is given', () => {
    expect(currentMembershipSql('m')).toBe(
      '(m.archived_at IS NULL AND (m.from_date IS NULL OR m.from_date <= current_date) AND (m.to_date IS NULL OR m.to_date >= current_date))',
    );
    expect(membershipHeldSql('x', 'd.day')).toContain('x.from_date <= d.day');
  });

  it('measures a closed partnership on the day it closed', () => {
    expect(partnershipMeasuredOnSql('p')).toContain("WHEN p.status = 'CLOSED' THEN coalesce(p.end_date");
  });
});

describe('held on a day', () => {
  it('uses the same started-and-not-ended rule for every dated record, and leaves archived ones out', () => {
    expect(relationshipHeldSql('r', '$5::date')).toBe(
      '(r.archived_at IS NULL AND (r.from_date IS NULL OR r.from_date <= $5::date) AND (r.to_date IS NULL OR r.to_date >= $5::date))',
    );
    expect(runningOnSql('g', 'q.day')).toContain('g.start_date <= q.day');
    expect(runningOnSql('g', 'q.day')).toContain('g.end_date >= q.day');
    expect(fundingActiveSql('f', 'q.day')).toContain('coalesce(f.period_start, f.award_date) <= q.day');
    expect(membershipHeldSql('m', 'q.day')).toBe(heldOnSql('m', 'from_date', 'to_date', 'q.day'));
  });

  it('judges a tie of the view by the record behind it, and co-membership by both memberships', () => {
    const sql = tieHeldOnSql('t', 'q.day');
    expect(sql).toContain(relationshipHeldSql('hr', 'q.day'));
    expect(sql).toContain(fundingActiveSql('hf', 'q.day'));
    expect(sql.match(/hm\.organisation_id = t\.(other_)?organisation_id/g)).toHaveLength(2);
  });
});
