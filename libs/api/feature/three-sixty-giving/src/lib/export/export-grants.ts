import { DataSource } from 'typeorm';
import { placeReachSql } from '@cg/api/core/graphql';

/** Which funding to export: any mix of a funder's portfolio, a place (and everywhere inside it), a programme. */
export interface GrantSelection {
  funderOrganisationId?: string | null;
  placeId?: string | null;
  programme?: string | null;
}

const PAGE = 1000;

interface FundingRow {
  id: string;
  grant_id: string | null;
  title: string | null;
  description: string | null;
  amount: number;
  award_date: string | null;
  created_on: string;
  period_start: string | null;
  period_end: string | null;
  programme: string | null;
  updated_at: Date;
  funder_id: string;
  funder_name: string;
  funder_identifier: string | null;
  recipient_id: string;
  recipient_name: string;
  recipient_identifier: string | null;
  /** The partnership or project the funding went to, when it did not go to an organisation. */
  work_name: string | null;
  places: { code: string; name: string }[] | null;
}

/** An org-id for an organisation with none recorded: the standard's own prefix for identifiers a publisher makes up. */
const madeUpId = (id: string) => `360G-commonground-${id}`;

function toGrant(row: FundingRow): Record<string, unknown> {
  const title = row.title ?? `Grant to ${row.work_name ?? row.recipient_name}`;
  const held = row.work_name ? `For ${row.work_name}, received by ${row.recipient_name}.` : null;
  const planned: Record<string, string> = {};
  if (row.period_start) planned['startDate'] = row.period_start;
  if (row.period_end) planned['endDate'] = row.period_end;
  return {
    id: row.grant_id ?? madeUpId(row.id),
    title,
    description: [row.description ?? title, held].filter(Boolean).join(' '),
    currency: 'GBP',
    amountAwarded: Number(row.amount),
    awardDate: row.award_date ?? row.created_on,
    ...(Object.keys(planned).length > 0 ? { plannedDates: [planned] } : {}),
    recipientOrganization: [{ id: row.recipient_identifier ?? madeUpId(row.recipient_id), name: row.recipient_name }],
    fundingOrganization: [{ id: row.funder_identifier ?? madeUpId(row.funder_id), name: row.funder_name }],
    ...(row.programme ? { grantProgramme: [{ title: row.programme }] } : {}),
    ...(row.places?.length
      ? {
          beneficiaryLocation: row.places.map((place) => ({
            name: place.name,
            geoCode: place.code,
            countryCode: 'GB',
          })),
        }
      : {}),
    dateModified: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Writes the selected funding to organisations as a 360Giving JSON package, a page at a time
 * (memory stays flat for a national portfolio). Runs with the caller's rights: row-level security
 * leaves out what they may not read. A recipient in the standard is an organisation or a person,
 * so funding to a partnership or a project is exported as a grant to the organisation that
 * receives it on their behalf (a project's lead partner, else its owner; a partnership's owner,
 * its accountable body), with the partnership or project named in its description.
 */
export async function exportGrants(
  dataSource: DataSource,
  selection: GrantSelection,
  write: (text: string) => void | Promise<void>,
): Promise<number> {
  const where: string[] = ['f.archived_at IS NULL'];
  const params: unknown[] = [];
  if (selection.funderOrganisationId) {
    params.push(selection.funderOrganisationId);
    where.push(`f.funder_organisation_id = $${params.length}`);
  }
  if (selection.programme) {
    params.push(selection.programme);
    where.push(`f.programme = $${params.length}`);
  }
  if (selection.placeId) {
    params.push(selection.placeId);
    where.push(`EXISTS (SELECT 1 FROM funding_place fp JOIN place p ON p.id = fp.place_id
      WHERE fp.funding_id = f.id AND p.path <@ ARRAY(SELECT r.path FROM ${placeReachSql(`ARRAY[$${params.length}]`)} r))`);
  }
  await write('{"grants":[');
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const rows: FundingRow[] = await dataSource.query(
      `SELECT f.id, f.three_sixty_giving_id AS grant_id, f.title, f.description, f.amount::float8 AS amount,
              to_char(f.award_date, 'YYYY-MM-DD') AS award_date, to_char(f.created_at, 'YYYY-MM-DD') AS created_on,
              to_char(f.period_start, 'YYYY-MM-DD') AS period_start, to_char(f.period_end, 'YYYY-MM-DD') AS period_end,
              f.programme, f.updated_at,
              fo.id AS funder_id, fo.name AS funder_name, ro.id AS recipient_id, ro.name AS recipient_name,
              CASE WHEN f.recipient_organisation_id IS NULL THEN coalesce(pr.name, ps.name) END AS work_name,
              (SELECT i.identifier FROM organisation_identifier i WHERE i.organisation_id = fo.id ORDER BY i.is_primary DESC, i.created_at LIMIT 1) AS funder_identifier,
              (SELECT i.identifier FROM organisation_identifier i WHERE i.organisation_id = ro.id ORDER BY i.is_primary DESC, i.created_at LIMIT 1) AS recipient_identifier,
              (SELECT json_agg(json_build_object('code', p.code, 'name', p.name) ORDER BY p.code)
                 FROM funding_place fp JOIN place p ON p.id = fp.place_id WHERE fp.funding_id = f.id) AS places
         FROM funding f
         JOIN organisation fo ON fo.id = f.funder_organisation_id
         LEFT JOIN project pr ON pr.id = f.recipient_project_id
         LEFT JOIN partnership ps ON ps.id = f.recipient_partnership_id
         JOIN organisation ro ON ro.id = coalesce(
           f.recipient_organisation_id,
           (SELECT pp.organisation_id FROM project_participant pp
             WHERE pp.project_id = pr.id AND pp.role = 'LEAD' AND pp.archived_at IS NULL ORDER BY pp.created_at LIMIT 1),
           pr.owner_organisation_id,
           ps.owner_organisation_id)
        WHERE ${where.join(' AND ')} AND f.id > $${params.length + 1}
        ORDER BY f.id LIMIT ${PAGE}`,
      [...params, after],
    );
    for (const row of rows) {
      await write(`${count === 0 ? '' : ','}\n${JSON.stringify(toGrant(row))}`);
      count++;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].id;
  }
  await write('\n]}\n');
  return count;
}
