import { defineLoader, groupedBatch, orderByKeys } from '@cg/api/core/graphql';
import { Sector } from '@cg/shared/domain';

export interface InvitationRow {
  round_id: string;
  organisation_id: string;
  name: string | null;
  sector: Sector | null;
  answered: boolean;
}

/** Each round's invited organisations (names only where readable) and whether each answered. */
export const invitationsByRound = defineLoader<string, InvitationRow[]>('surveyInvitationsByRound', (db) => async (ids) => {
  const rows: InvitationRow[] = await db.query(
    `SELECT r.id AS round_id, i.id AS organisation_id, o.name, o.sector::text AS sector,
            EXISTS (SELECT 1 FROM survey_response s WHERE s.round_id = r.id AND s.organisation_id = i.id) AS answered
       FROM survey_round r CROSS JOIN LATERAL unnest(r.invited_organisation_ids) AS i(id)
       LEFT JOIN organisation o ON o.id = i.id
      WHERE r.id = ANY($1::uuid[])
      ORDER BY lower(o.name) NULLS LAST, i.id`,
    [[...ids]],
  );
  return groupedBatch(ids, rows, (row) => row.round_id);
});

/** Names of organisations the reader may read; null for the others. */
export const readableOrganisationName = defineLoader<string, string | null>('surveyReadableOrganisationName', (db) => async (ids) => {
  const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [[...ids]]);
  return orderByKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
});
