import { readFile } from 'node:fs/promises';
import { ImportRun, returning } from './import-run';
import { BATCH_SIZE } from './read-rows';

// write-gate: system work, because hex layouts come from a published HexJSON file, imported as the system (runAsSystem), never a user's change.

interface HexJson {
  layout?: string;
  hexes?: Record<string, { q?: unknown; r?: unknown; n?: string; name?: string }>;
}

/**
 * Row-offset layouts we can hold: `hex_q`/`hex_r` are "odd-r" (pointy-top hexes, odd rows shoved
 * right). An "even-r" file shoves even rows instead, which is the same picture one row further
 * on, so its rows move by one. Column-offset layouts (odd-q, even-q) are flat-topped: another
 * picture altogether, refused.
 */
const ROW_SHIFT: Record<string, number> = { 'odd-r': 0, 'even-r': 1 };

/**
 * An equal-area hex layout (HexJSON, e.g. Open Innovations' UK local authority districts): each
 * hex's code, followed through aliases (a former code leads to today's council), gives that
 * place its cell for the place map's Hex view. A layout is one picture, so places at the levels
 * the file covers that it does not place lose any cell they had, and two layouts never overlap.
 * The file is one small JSON document (a few hundred hexes), read whole.
 */
export async function importHexLayout(run: ImportRun, file: string): Promise<void> {
  let document: HexJson;
  try {
    document = JSON.parse(await readFile(file, 'utf8')) as HexJson;
  } catch {
    throw new Error(`${file} is not a HexJSON file: it is not JSON.`);
  }
  if (!document.hexes || typeof document.hexes !== 'object' || !document.layout)
    throw new Error(`${file} is not a HexJSON file: it has no "layout" and "hexes".`);
  const shift = ROW_SHIFT[document.layout];
  if (shift === undefined)
    throw new Error(
      `${file} has the "${document.layout}" layout; only row-offset layouts (odd-r, even-r) can be drawn on the place map.`,
    );
  if (shift) run.note(`Read as even-r; rows moved by one to hold it as odd-r, the same picture.`);

  const entries = Object.entries(document.hexes);
  const cells = new Map<string, { id: string; hex_q: number; hex_r: number }>();
  const levels = new Set<string>();
  for (let start = 0; start < entries.length; start += BATCH_SIZE) {
    const batch = entries.slice(start, start + BATCH_SIZE);
    await run.codes.load(batch.map(([code]) => code));
    for (const [index, [code, hex]] of batch.entries()) {
      run.read();
      const line = start + index + 1; // the hex's place in the file, for the report
      const place = run.codes.get(code);
      if (!Number.isInteger(hex?.q) || !Number.isInteger(hex?.r)) {
        run.unmatched(line, code, 'hex without whole q and r');
      } else if (!place) {
        run.unmatched(
          line,
          code,
          'place not imported',
          `${hex.n ?? hex.name ?? code} (${code}) is not a place (import the boundaries or the council list first)`,
        );
      } else if (place.aliasReason === 'merger') {
        run.unmatched(line, code, 'former council merged into another', `${code} was merged into ${place.code}`);
      } else if (cells.has(place.id)) {
        run.unmatched(line, code, 'second hex for one place', `${code} leads to ${place.code}, already placed`);
      } else {
        cells.set(place.id, { id: place.id, hex_q: hex.q as number, hex_r: (hex.r as number) + shift });
        levels.add(place.level);
      }
    }
  }
  if (cells.size === 0) return;
  const payload = JSON.stringify([...cells.values()]);
  const written = await returning<unknown>(
    run.db,
    `UPDATE place p SET hex_q = c.hex_q, hex_r = c.hex_r, version = p.version + 1, updated_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, hex_q int, hex_r int)
     WHERE p.id = c.id AND (p.hex_q, p.hex_r) IS DISTINCT FROM (c.hex_q, c.hex_r) RETURNING p.id`,
    [payload],
  );
  run.written(0, written.length, cells.size - written.length);
  const cleared = await returning<unknown>(
    run.db,
    `UPDATE place p SET hex_q = NULL, hex_r = NULL, version = p.version + 1, updated_at = now()
     WHERE p.level::text = ANY($2::text[]) AND p.hex_q IS NOT NULL
       AND p.id NOT IN (SELECT c.id FROM jsonb_to_recordset($1::jsonb) AS c(id uuid)) RETURNING p.id`,
    [payload, [...levels]],
  );
  if (cleared.length > 0)
    run.note(`${cleared.length} places of the same levels that this layout does not place lost their old cells.`);
}
