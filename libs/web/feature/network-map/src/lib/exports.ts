import { write } from 'graphology-gexf/browser';
import { NetworkGraph } from './network-graph';
import { SECTOR_LABELS, TIE_STYLES } from './palette';

/** One CSV field, quoted when it must be, and defused when a spreadsheet would run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Rounds measures to 6 significant figures so the file is short and still exact enough. */
function measure(value: number): number {
  return Number(value.toPrecision(6));
}

/** One row per organisation on the map, with its measures in this network. */
export function nodesCsv(graph: NetworkGraph): string {
  const rows: (string | number | null)[][] = [
    ['id', 'name', 'sector', 'degree', 'betweenness', 'eigenvector', 'community'],
  ];
  graph.forEachNode((id, a) => {
    rows.push([id, a.label, SECTOR_LABELS[a.sector] ?? a.sector, a.degree, measure(a.betweenness), measure(a.eigenvector), a.community]);
  });
  return csv(rows);
}

/**
 * One row per tie on the map. Weight means: the sum of strengths (1–5) for working relationships,
 * shared partnerships for co-members, shared projects for joint projects, and pounds for funding.
 */
export function edgesCsv(graph: NetworkGraph): string {
  const rows: (string | number | null)[][] = [
    ['source_id', 'source_name', 'target_id', 'target_name', 'kind', 'weight'],
  ];
  graph.forEachEdge((_, a, source, target, sourceAttributes, targetAttributes) => {
    rows.push([source, sourceAttributes.label, target, targetAttributes.label, TIE_STYLES[a.kind]?.label ?? a.kind, a.weight]);
  });
  return csv(rows);
}

/** The map as GEXF 1.3 for Gephi and friends: measures as attributes, colours, sizes and positions as viz. */
export function networkGexf(graph: NetworkGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: {
        sector: SECTOR_LABELS[a.sector] ?? a.sector,
        degree: a.degree,
        betweenness: a.betweenness,
        eigenvector: a.eigenvector,
        community: a.community,
      },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { tie: TIE_STYLES[a.kind]?.label ?? a.kind },
    }),
  });
}
