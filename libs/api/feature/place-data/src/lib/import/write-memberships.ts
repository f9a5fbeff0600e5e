import { PlaceLevel } from '@cg/shared/domain';
import { ImportRun, returning } from './import-run';

// write-gate: system work, because combined authorities' members come from official files, imported as the system (runAsSystem), never a user's change.

export interface MembershipInput {
  line: number;
  /** The member council's code. */
  member: string;
  /** The combined authority's code (GSS or register, resolved), or null: the file lists the council in none. */
  combinedAuthority: string | null;
}

/**
 * Makes each council's combined authorities the ones the file gives: memberships the file names
 * are added, and those this source wrote before but no longer names are removed (a council that
 * left, or whose authority merged into a new one). A combined authority merged away since the
 * file was made leads to its successor (mySociety's North East of 2014 to the North East of 2024).
 * One statement each way for the whole file: a council list has a few hundred rows.
 */
export async function writeMemberships(run: ImportRun, links: MembershipInput[], source: string): Promise<void> {
  await run.codes.load(links.flatMap((link) => [link.member, link.combinedAuthority ?? '']));
  const members = new Set<string>();
  const pairs = new Map<string, { combined_authority_id: string; member_place_id: string }>();
  for (const link of links) {
    const member = run.codes.get(link.member);
    if (!member || member.aliasReason === 'merger') continue; // reported when the council was written
    members.add(member.id);
    if (!link.combinedAuthority) continue;
    const authority = run.codes.get(link.combinedAuthority);
    if (!authority || authority.level !== PlaceLevel.COMBINED_AUTHORITY) {
      run.unmatched(
        link.line,
        link.member,
        'combined authority not imported',
        `its combined authority ${link.combinedAuthority} is not a combined authority here (import the boundaries and this list's combined authorities)`,
      );
      continue;
    }
    pairs.set(`${authority.id} ${member.id}`, { combined_authority_id: authority.id, member_place_id: member.id });
  }
  const payload = JSON.stringify([...pairs.values()]);
  const added = await returning<unknown>(
    run.db,
    `INSERT INTO combined_authority_member (combined_authority_id, member_place_id, source)
     SELECT m.combined_authority_id, m.member_place_id, $2 FROM jsonb_to_recordset($1::jsonb) AS m(combined_authority_id uuid, member_place_id uuid)
     ON CONFLICT DO NOTHING RETURNING member_place_id`,
    [payload, source],
  );
  const removed = await returning<unknown>(
    run.db,
    `DELETE FROM combined_authority_member c WHERE c.source = $2 AND c.member_place_id = ANY($3::uuid[])
       AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS m(combined_authority_id uuid, member_place_id uuid)
                       WHERE m.combined_authority_id = c.combined_authority_id AND m.member_place_id = c.member_place_id)
     RETURNING c.member_place_id`,
    [payload, source, [...members]],
  );
  if (added.length > 0 || removed.length > 0)
    run.note(
      `Combined authorities: ${added.length} memberships added, ${removed.length} removed, ${pairs.size} in all from this file.`,
    );
}
