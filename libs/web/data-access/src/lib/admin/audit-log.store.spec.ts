import { AuditAction } from '../../generated/graphql';
import { EMPTY_AUDIT_QUERY, startOfDay, toAuditVariables } from './audit-log.store';

describe('toAuditVariables', () => {
  it('asks for the first page with no filter when nothing is chosen', () => {
    expect(toAuditVariables(EMPTY_AUDIT_QUERY)).toEqual({ first: 25 });
  });

  it('uses one condition as it is and joins several with and', () => {
    expect(toAuditVariables({ ...EMPTY_AUDIT_QUERY, action: AuditAction.UPDATE }).filter).toEqual({
      action: { eq: AuditAction.UPDATE },
    });
    expect(toAuditVariables({ ...EMPTY_AUDIT_QUERY, recordType: 'partnership', action: AuditAction.ARCHIVE }).filter).toEqual({
      and: [{ recordType: { eq: 'partnership' } }, { action: { eq: AuditAction.ARCHIVE } }],
    });
  });

  it('includes the whole of the last day of a date range', () => {
    const variables = toAuditVariables({ ...EMPTY_AUDIT_QUERY, from: '2026-03-01', to: '2026-03-31' });
    expect(variables.filter).toEqual({
      at: { gte: new Date(2026, 2, 1).toISOString(), lt: new Date(2026, 3, 1).toISOString() },
    });
  });

  it('takes an open-ended range from either side', () => {
    expect(toAuditVariables({ ...EMPTY_AUDIT_QUERY, from: '2026-03-01' }).filter).toEqual({
      at: { gte: new Date(2026, 2, 1).toISOString() },
    });
    expect(toAuditVariables({ ...EMPTY_AUDIT_QUERY, to: '2026-12-31' }).filter).toEqual({
      at: { lt: new Date(2027, 0, 1).toISOString() },
    });
  });

  it('pages backwards from a start cursor with last, and forwards with first and after', () => {
    const back = toAuditVariables({ ...EMPTY_AUDIT_QUERY, page: 3, before: 'b' });
    expect(back).toMatchObject({ last: 25, before: 'b' });
    expect(back).not.toHaveProperty('first');
    expect(toAuditVariables({ ...EMPTY_AUDIT_QUERY, page: 2, after: 'a' })).toEqual({ first: 25, after: 'a' });
  });
});

describe('startOfDay', () => {
  it('refuses days the calendar does not have', () => {
    expect(startOfDay('2026-02-30')).toBeNull();
    expect(startOfDay('not a date')).toBeNull();
  });

  it('moves across month ends', () => {
    expect(startOfDay('2026-01-31', 1)).toBe(new Date(2026, 1, 1).toISOString());
  });
});
