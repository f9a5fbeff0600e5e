import { currentMembershipSql, membershipHeldSql, partnershipMeasuredOnSql } from './current-membership';

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
