import { TieKind } from '@cg/shared/domain';

/** The tie kinds in a fixed order: a tie's kind is stored as its index here. */
export const TIE_KINDS: readonly TieKind[] = Object.values(TieKind);
export const KIND_NUMBER: Readonly<Record<TieKind, number>> = Object.fromEntries(
  TIE_KINDS.map((kind, i) => [kind, i]),
) as Record<TieKind, number>;

/** One record behind a tie (a relationship, shared partnership or project, or a grant), its ends by uuid. */
export interface TieRow {
  a: string;
  b: string;
  kind: TieKind;
  /** Strength for relationships, 1 for a shared partnership or project, pounds for funding. */
  weight: number;
  trust: number | null;
  value: number | null;
}

/** A tie record whose ends are positions in the network's organisations (as SUBGRAPH_TIES_SQL returns them). */
export type PositionedTieRow = Omit<TieRow, 'a' | 'b'> & { a: number; b: number };

/**
 * The tie records of a network as columns, their ends as positions in the network's organisations.
 * Typed arrays, so a national-scale network's 75,000-300,000 ties go to the worker thread as
 * transferred buffers rather than as cloned objects with uuid strings (issue #13).
 */
export interface TieColumns {
  a: Int32Array;
  b: Int32Array;
  /** Index in TIE_KINDS. */
  kind: Uint8Array;
  weight: Float64Array;
  /** A relationship's ratings; NaN where there is none. */
  trust: Float64Array;
  value: Float64Array;
}

export function emptyTieColumns(count: number): TieColumns {
  return {
    a: new Int32Array(count),
    b: new Int32Array(count),
    kind: new Uint8Array(count),
    weight: new Float64Array(count),
    trust: new Float64Array(count),
    value: new Float64Array(count),
  };
}

/** The buffers to transfer with a postMessage that carries the columns. */
export function tieBuffers(ties: TieColumns): ArrayBuffer[] {
  return [ties.a, ties.b, ties.kind, ties.weight, ties.trust, ties.value].map((column) => column.buffer as ArrayBuffer);
}

const rating = (x: number | null) => (x === null || x === undefined ? NaN : x);

/** Columns from rows whose ends are already positions. */
export function columnsFromPositioned(rows: readonly PositionedTieRow[]): TieColumns {
  const ties = emptyTieColumns(rows.length);
  rows.forEach((row, i) => {
    ties.a[i] = row.a;
    ties.b[i] = row.b;
    ties.kind[i] = KIND_NUMBER[row.kind];
    ties.weight[i] = row.weight;
    ties.trust[i] = rating(row.trust);
    ties.value[i] = rating(row.value);
  });
  return ties;
}

/** Columns from rows with uuid ends; ties to an organisation not in `position` are dropped, as the measures drop them. */
export function columnsFromRows(position: ReadonlyMap<string, number>, rows: readonly TieRow[]): TieColumns {
  const known: PositionedTieRow[] = [];
  for (const row of rows) {
    const a = position.get(row.a);
    const b = position.get(row.b);
    if (a !== undefined && b !== undefined) known.push({ ...row, a, b });
  }
  return columnsFromPositioned(known);
}

/** The ties whose both ends `newPosition` keeps (>= 0), their ends renumbered by it. */
export function keepTies(ties: TieColumns, newPosition: Int32Array): TieColumns {
  const keep: number[] = [];
  for (let i = 0; i < ties.a.length; i++) if (newPosition[ties.a[i]] >= 0 && newPosition[ties.b[i]] >= 0) keep.push(i);
  const kept = emptyTieColumns(keep.length);
  keep.forEach((i, k) => {
    kept.a[k] = newPosition[ties.a[i]];
    kept.b[k] = newPosition[ties.b[i]];
    kept.kind[k] = ties.kind[i];
    kept.weight[k] = ties.weight[i];
    kept.trust[k] = ties.trust[i];
    kept.value[k] = ties.value[i];
  });
  return kept;
}

/** Renumbering that keeps the positions marked in `keep` (in order) and drops the others (-1). */
export function renumberKept(keep: Uint8Array): Int32Array {
  const newPosition = new Int32Array(keep.length).fill(-1);
  let next = 0;
  for (let i = 0; i < keep.length; i++) if (keep[i]) newPosition[i] = next++;
  return newPosition;
}
