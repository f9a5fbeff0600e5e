import { ImportRun } from './import-run';
import { csvRows } from './read-rows';
import { AliasInput, writeAliases } from './write-aliases';

/** How changes.csv names each change, and what it means for the old code. */
const REASON: Record<string, AliasInput['reason'] | undefined> = { merger: 'merger', new_code: 'code-change' };

/**
 * The ONS boundaries' changes.csv (oldcd, oldnm, newcd, newnm, type, start): every merger and
 * new code makes the old code an alias of the current place, following chains (Taunton Deane →
 * Somerset West and Taunton → Somerset), so Barnsley's E08000016 leads to E08000038. `new_geo`
 * rows record an authority joining a combined authority, which is not a change of code, and
 * `termination` rows a county that ended without one successor: both are reported, not aliased.
 *
 * The file lists a few dozen changes, so they are held to follow chains before writing.
 */
export async function importCodeChanges(run: ImportRun, file: string): Promise<void> {
  const changes = new Map<string, { line: number; target: string; reason: AliasInput['reason'] }>();
  for await (const { line, record } of csvRows(file)) {
    run.read();
    const oldCode = record['oldcd'];
    const newCode = record['newcd'];
    const reason = REASON[record['type']];
    if (!oldCode) {
      run.unmatched(line, '(blank)', 'row without an old code');
    } else if (record['type'] === 'new_geo') {
      continue; // joining a combined authority: the council keeps its code
    } else if (!reason || !newCode) {
      run.unmatched(
        line,
        oldCode,
        `${record['type'] || 'change'} without one successor`,
        `${record['oldnm']} (${oldCode}): ${record['type']} with no single successor, so no alias`,
      );
    } else {
      changes.set(oldCode, { line, target: newCode, reason });
    }
  }
  const aliases: AliasInput[] = [];
  for (const [code, change] of changes) {
    let { target, reason } = change;
    const visited = new Set([code]);
    for (let next = changes.get(target); next && !visited.has(target); next = changes.get(target)) {
      visited.add(target);
      if (next.reason === 'merger') reason = 'merger';
      target = next.target;
    }
    aliases.push({ line: change.line, code, target, reason });
  }
  await writeAliases(run, aliases, 'ONS boundaries changes.csv');
}
