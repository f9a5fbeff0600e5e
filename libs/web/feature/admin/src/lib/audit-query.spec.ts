import { convertToParamMap } from '@angular/router';
import { AuditAction, EMPTY_AUDIT_QUERY } from '@cg/web/data-access';
import { hasAuditFilters, parseAuditQuery, toAuditQueryParams } from './audit-query';

describe('audit log query in the URL', () => {
  it('reads filters and paging, and comes back the same', () => {
    const params = { type: 'partnership', action: 'UPDATE', from: '2026-03-01', to: '2026-03-31', page: '2', after: 'c' };
    const query = parseAuditQuery(convertToParamMap(params));
    expect(query).toEqual({
      recordType: 'partnership',
      action: AuditAction.UPDATE,
      from: '2026-03-01',
      to: '2026-03-31',
      page: 2,
      after: 'c',
      before: null,
    });
    expect(toAuditQueryParams(query)).toEqual(params);
    expect(hasAuditFilters(query)).toBe(true);
  });

  it('ignores what is malformed rather than failing', () => {
    const query = parseAuditQuery(convertToParamMap({ action: 'DELETE', from: '01/03/2026', page: '7' }));
    expect(query).toEqual(EMPTY_AUDIT_QUERY);
    expect(toAuditQueryParams(query)).toEqual({});
    expect(hasAuditFilters(query)).toBe(false);
  });
});
