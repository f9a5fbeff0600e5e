import { ParamMap, Params } from '@angular/router';
import { AuditAction, AuditQuery, EMPTY_AUDIT_QUERY } from '@cg/web/data-access';

const ACTIONS = new Set<string>(Object.values(AuditAction));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the audit log's filters and page from the URL, ignoring anything malformed. */
export function parseAuditQuery(params: ParamMap): AuditQuery {
  const action = params.get('action');
  const from = params.get('from');
  const to = params.get('to');
  const page = Number(params.get('page'));
  const after = params.get('after');
  const before = params.get('before');
  return {
    recordType: params.get('type')?.trim() || null,
    action: action && ACTIONS.has(action) ? (action as AuditAction) : null,
    from: from && ISO_DATE.test(from) ? from : null,
    to: to && ISO_DATE.test(to) ? to : null,
    page: Number.isInteger(page) && page > 1 && (after || before) ? page : 1,
    after: after || null,
    before: after ? null : before || null,
  };
}

/** The URL's query string for an audit query; defaults are left out so links stay short. */
export function toAuditQueryParams(query: AuditQuery): Params {
  const params: Params = {};
  if (query.recordType) params['type'] = query.recordType;
  if (query.action) params['action'] = query.action;
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.page > 1 && (query.after || query.before)) {
    params['page'] = String(query.page);
    if (query.after) params['after'] = query.after;
    else if (query.before) params['before'] = query.before;
  }
  return params;
}

export function hasAuditFilters(query: AuditQuery): boolean {
  return !!(query.recordType || query.action || query.from || query.to);
}

export { EMPTY_AUDIT_QUERY };
