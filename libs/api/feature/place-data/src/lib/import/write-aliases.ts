import { ImportRun, returning } from './import-run';

// write-gate: system work, because former codes come from official files, imported as the system (runAsSystem), never a user's change.

export type AliasReason = 'code-change' | 'merger' | 'register';

export interface AliasInput {
  line: number;
  /** The code that should lead elsewhere. */
  code: string;
  /** The code of the place it leads to (itself resolved, so chains end at the current place). */
  target: string;
  reason: AliasReason;
}

/**
 * Makes former codes lead to their current places, in one statement per batch. Where the former
 * code was still a live place of its own (a council imported before its code changed), that
 * place's children move to the successor and it is archived, not deleted: nothing is lost, and
 * nobody sees two Barnsleys. A new code for the same area also takes the old place's boundary
 * when it has none (the ONS file still draws Glasgow City under S12000046, mySociety's S12000049).
 */
export async function writeAliases(run: ImportRun, aliases: AliasInput[], source: string): Promise<void> {
  await run.codes.load(aliases.map((alias) => alias.target));
  const rows = new Map<string, { code: string; place_id: string; reason: string }>();
  for (const alias of aliases) {
    const target = run.codes.get(alias.target);
    if (!target) {
      run.unmatched(
        alias.line,
        alias.code,
        'successor not imported',
        `its successor ${alias.target} is not a place (import the boundaries or the council list first)`,
      );
      continue;
    }
    if (target.code === alias.code) continue; // the code already is the place's own
    // A code-change onto a merged successor is still, for figures, a merger.
    const reason = target.aliasReason === 'merger' ? 'merger' : alias.reason;
    rows.set(alias.code, { code: alias.code, place_id: target.id, reason });
  }
  if (rows.size === 0) return;
  const payload = JSON.stringify([...rows.values()]);

  // Former codes that are live places: hand their children and aliases on, then archive them.
  const superseded = await returning<{ code: string }>(
    run.db,
    `WITH a AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS a(code text, place_id uuid, reason text)),
     old AS (SELECT p.id, a.place_id AS successor, p.code, p.boundary, a.reason FROM place p JOIN a ON a.code = p.code WHERE p.archived_at IS NULL AND p.id <> a.place_id),
     outlined AS (UPDATE place s SET boundary = old.boundary, version = s.version + 1, updated_at = now() FROM old
                  WHERE s.id = old.successor AND old.reason = 'code-change' AND s.boundary IS NULL AND old.boundary IS NOT NULL RETURNING s.id),
     moved AS (UPDATE place c SET parent_id = old.successor, version = c.version + 1, updated_at = now() FROM old WHERE c.parent_id = old.id RETURNING c.id),
     repointed AS (UPDATE place_alias x SET place_id = old.successor FROM old WHERE x.place_id = old.id RETURNING x.code)
     UPDATE place p SET archived_at = now(), version = p.version + 1, updated_at = now() FROM old WHERE p.id = old.id RETURNING p.code`,
    [payload],
  );
  for (const { code } of superseded)
    run.note(`${code} was a place of its own; its children now sit in its successor and it is archived.`);

  const written = await returning<unknown>(
    run.db,
    `INSERT INTO place_alias AS t (code, place_id, reason, source)
     SELECT a.code, a.place_id, a.reason, $2 FROM jsonb_to_recordset($1::jsonb) AS a(code text, place_id uuid, reason text)
     ON CONFLICT (code) DO UPDATE SET place_id = excluded.place_id, reason = excluded.reason, source = excluded.source
     WHERE (t.place_id, t.reason) IS DISTINCT FROM (excluded.place_id, excluded.reason)
     RETURNING t.code`,
    [payload, source],
  );
  run.aliased(written.length);
  run.written(0, 0, rows.size - written.length); // aliases the file confirms as they were
  if (written.length > 0 || superseded.length > 0) run.codes.forget();
}
