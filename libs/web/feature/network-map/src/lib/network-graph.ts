import { Sector } from '@cg/shared/domain';
import { NetworkData, TieKind } from '@cg/web/data-access';
import Graph, { MultiUndirectedGraph } from 'graphology';
import { Centrality, nodeSizeRange, sizesFromCentrality } from './centrality';
import { SECTOR_COLOURS, TIE_STYLES } from './palette';

export interface OrganisationNode {
  label: string;
  sector: Sector;
  degree: number;
  betweenness: number;
  eigenvector: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface TieEdge {
  kind: TieKind;
  weight: number;
  size: number;
  color: string;
  /** sigma's edge program: arrows for ties that run one way. */
  type: 'line' | 'arrow';
}

export type NetworkGraph = Graph<OrganisationNode, TieEdge>;

/**
 * Above this many ties a network is large: its ties are drawn as hairlines, and only the highlighted
 * organisation's unless someone asks for all (see NetworkView).
 */
export const MANY_TIES = 20000;

/** Spacing of the starting spiral, in graph units. */
const SPACING = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The API's parallel arrays as a graphology graph keyed by organisation id: colour by sector, size by
 * the chosen centrality, and a starting position that groups each community, so the first picture
 * already means something before the layout refines it. Edges pointing outside the node arrays, and
 * self-ties, are skipped rather than trusted.
 */
export function toNetworkGraph(network: NetworkData, centrality: Centrality): NetworkGraph {
  const { nodes, edges } = network;
  const count = nodes.ids.length;
  const graph: NetworkGraph = new MultiUndirectedGraph<OrganisationNode, TieEdge>();
  const sizes = sizesFromCentrality(nodes[centrality], ...nodeSizeRange(count));
  const positions = startingPositions(nodes.community);
  // Hairlines are drawn opaque: translucent ones came out in false colours (cyan for grey) once
  // hundreds of thousands of them overlapped.
  const hairlines = edges.source.length > MANY_TIES;
  for (let i = 0; i < count; i++) {
    graph.addNode(nodes.ids[i], {
      label: nodes.names[i],
      sector: nodes.sectors[i],
      degree: nodes.degree[i] ?? 0,
      betweenness: nodes.betweenness[i] ?? 0,
      eigenvector: nodes.eigenvector[i] ?? 0,
      community: nodes.community[i] ?? 0,
      x: positions[2 * i],
      y: positions[2 * i + 1],
      size: sizes[i],
      color: SECTOR_COLOURS[nodes.sectors[i]] ?? '#666666',
    });
  }
  for (let e = 0; e < edges.source.length; e++) {
    const source = edges.source[e];
    const target = edges.target[e];
    if (!(source >= 0 && source < count && target >= 0 && target < count) || source === target) continue;
    const kind = edges.kind[e];
    const style = TIE_STYLES[kind];
    graph.addEdgeWithKey(`e${e}`, nodes.ids[source], nodes.ids[target], {
      kind,
      weight: edges.weight[e] ?? 1,
      size: style.size,
      color: hairlines ? style.swatch : style.colour,
      type: style.arrow ? 'arrow' : 'line',
    });
  }
  return graph;
}

/** Resizes every node by another centrality, in one graph update (one redraw, not one per node). */
export function applyCentrality(graph: NetworkGraph, centrality: Centrality): void {
  const values = new Float64Array(graph.order);
  let i = 0;
  graph.forEachNode((_, attributes) => (values[i++] = attributes[centrality]));
  const sizes = sizesFromCentrality(values, ...nodeSizeRange(graph.order));
  i = 0;
  graph.updateEachNodeAttributes(
    (_, attributes) => {
      attributes.size = sizes[i++];
      return attributes;
    },
    { attributes: ['size'] },
  );
}

/**
 * Starting positions, x and y interleaved: communities on a sunflower spiral, each community's
 * members on a small spiral around its centre. Deterministic, so the same data always starts alike.
 */
export function startingPositions(community: ArrayLike<number>): Float32Array {
  const positions = new Float32Array(community.length * 2);
  const members = new Map<number, number>();
  for (let i = 0; i < community.length; i++) members.set(community[i], (members.get(community[i]) ?? 0) + 1);
  const largest = Math.max(1, ...members.values());
  const clusterRadius = SPACING * Math.sqrt(largest);
  // Largest communities nearest the middle.
  const order = [...members.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const centres = new Map<number, [number, number]>();
  order.forEach((id, k) => {
    const radius = 2.2 * clusterRadius * Math.sqrt(k);
    centres.set(id, [radius * Math.cos(k * GOLDEN_ANGLE), radius * Math.sin(k * GOLDEN_ANGLE)]);
  });
  const seen = new Map<number, number>();
  for (let i = 0; i < community.length; i++) {
    const k = seen.get(community[i]) ?? 0;
    seen.set(community[i], k + 1);
    const [cx, cy] = centres.get(community[i]) ?? [0, 0];
    const radius = SPACING * Math.sqrt(k + 0.5);
    positions[2 * i] = cx + radius * Math.cos(k * GOLDEN_ANGLE);
    positions[2 * i + 1] = cy + radius * Math.sin(k * GOLDEN_ANGLE);
  }
  return positions;
}

export interface SearchMatch {
  readonly index: number;
  readonly id: string;
  readonly name: string;
}

/**
 * Organisations whose name matches what was typed, ignoring case and accents: names that start
 * with it first, then names with a word that starts with it, then any other containing it.
 */
export function searchOrganisations(
  ids: readonly string[],
  names: readonly string[],
  typed: string,
  limit = 8,
): SearchMatch[] {
  const needle = fold(typed.trim());
  if (!needle) return [];
  const folded = foldedNames(names);
  const ranked: { rank: number; index: number }[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = folded[i];
    const at = name.indexOf(needle);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : /\s|-|\(/.test(name[at - 1]) ? 1 : 2;
    ranked.push({ rank, index: i });
  }
  ranked.sort((a, b) => a.rank - b.rank || names[a.index].localeCompare(names[b.index], 'en-GB'));
  return ranked.slice(0, limit).map(({ index }) => ({ index, id: ids[index], name: names[index] }));
}

/** Folded names, worked out once per network rather than on every keystroke. */
const FOLDED = new WeakMap<readonly string[], string[]>();
function foldedNames(names: readonly string[]): string[] {
  let folded = FOLDED.get(names);
  if (!folded) FOLDED.set(names, (folded = names.map(fold)));
  return folded;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
