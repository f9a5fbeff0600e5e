import { meanTrustAndValue, Sector, TieKind } from '@cg/shared/domain';
import {
  Adjacency,
  adjacencyFromPairs,
  betweennessScores,
  communitiesOf,
  eigenvectorScores,
  sectorBrokerageAt,
} from './graph-measures';
import type { Network, OrganisationNetworkMeasures } from './network.types';
import { columnsFromRows, KIND_NUMBER, keepTies, renumberKept, TIE_KINDS, TieColumns, TieRow } from './tie-columns';

export type { TieRow } from './tie-columns';

const KIND_COUNT = TIE_KINDS.length;
const RELATIONSHIP = KIND_NUMBER[TieKind.RELATIONSHIP];

/** An organisation of the network, as loaded. */
export interface NodeRow {
  id: string;
  name: string;
  sector: Sector;
}

export interface ComputeOptions {
  /** Above this many nodes, betweenness is estimated from sampled sources. */
  exactBetweennessUpTo?: number;
  /** Sampled sources for estimated betweenness; by default as many as BETWEENNESS_BUDGET allows. */
  samples?: number;
  /** Keep only this organisation, its partners and the ties among them (radius 1). */
  ego?: string | null;
}

/**
 * Estimated betweenness costs one breadth-first search, over every tie twice, per sampled
 * source. This many tie visits (about 0.4 s on a quiet core) buys up to 500 sources; a county
 * (65,000 tied pairs) gets about 190, a region fewer, never below 50, so a cold map of a county
 * answers in seconds (issue #13). The sample is seeded, so the same network gives the same figures,
 * and the summary says how many sources were used.
 */
export const BETWEENNESS_BUDGET = 25_000_000;

/** Sources for estimated betweenness on a network with this many tied pairs. */
export function betweennessSamples(pairs: number): number {
  return Math.max(50, Math.min(500, Math.floor(BETWEENNESS_BUDGET / (2 * pairs || 1))));
}

/**
 * A computed network, with what the side panel needs to answer for one organisation: the ties
 * as CSR arrays (for brokerage) and each organisation's position in the node arrays.
 */
export interface ComputedNetwork {
  network: Network;
  adjacency: Adjacency;
  position: Map<string, number>;
}

/** Keeps the ego, its partners and the ties among them. */
function egoOf(
  ego: string,
  nodes: readonly NodeRow[],
  ties: TieColumns,
): { nodes: readonly NodeRow[]; ties: TieColumns } {
  const keep = new Uint8Array(nodes.length);
  const at = nodes.findIndex((n) => n.id === ego);
  if (at >= 0) {
    keep[at] = 1;
    for (let i = 0; i < ties.a.length; i++) {
      if (ties.a[i] === at) keep[ties.b[i]] = 1;
      if (ties.b[i] === at) keep[ties.a[i]] = 1;
    }
  }
  return { nodes: nodes.filter((_, i) => keep[i]), ties: keepTies(ties, renumberKept(keep)) };
}

/**
 * Builds the graph and computes every measure, in memory. Ties to nodes not in `nodes` are
 * dropped. Edges are one per pair and kind, their weights summed; measures treat the network
 * as a simple undirected graph (one tie per pair whatever its kinds).
 */
export function computeNetwork(
  nodes: readonly NodeRow[],
  ties: readonly TieRow[],
  options: ComputeOptions = {},
): ComputedNetwork {
  return computeNetworkFromColumns(nodes, columnsFromRows(new Map(nodes.map((n, i) => [n.id, i])), ties), options);
}

/** computeNetwork on tie columns whose ends are positions in `allNodes` (what the API loads and the worker receives). */
export function computeNetworkFromColumns(
  allNodes: readonly NodeRow[],
  allTies: TieColumns,
  options: ComputeOptions = {},
): ComputedNetwork {
  const { nodes, ties } = options.ego ? egoOf(options.ego, allNodes, allTies) : { nodes: allNodes, ties: allTies };
  const position = new Map(nodes.map((n, i) => [n.id, i]));

  // Pairs are numbered without a hash map (one with 200,000+ keys cost seconds on a region):
  // the ties are bucketed by their lower end, and within a bucket a mark per node says which
  // pair it already has. Then the edges, one per pair and kind, in the order of the ties.
  const n = nodes.length;
  const tieCount = ties.a.length;
  const tieSource = new Int32Array(tieCount).fill(-1);
  const tieTarget = new Int32Array(tieCount);
  const bucketStart = new Int32Array(n + 1);
  const ratings: { trust: number | null; value: number | null }[] = [];
  let keptCount = 0;
  for (let i = 0; i < tieCount; i++) {
    const a = ties.a[i];
    const b = ties.b[i];
    if (a === b) continue;
    keptCount++;
    if (ties.kind[i] === RELATIONSHIP) ratings.push({ trust: ratingOf(ties.trust[i]), value: ratingOf(ties.value[i]) });
    tieSource[i] = a < b ? a : b;
    tieTarget[i] = a < b ? b : a;
    bucketStart[tieSource[i] + 1]++;
  }
  for (let v = 0; v < n; v++) bucketStart[v + 1] += bucketStart[v];
  const bucket = new Int32Array(keptCount);
  const fill = bucketStart.slice(0, n);
  for (let i = 0; i < tieCount; i++) if (tieSource[i] >= 0) bucket[fill[tieSource[i]]++] = i;
  const pairSources: number[] = [];
  const pairTargets: number[] = [];
  const pairOf = new Int32Array(tieCount);
  const markedBy = new Int32Array(n).fill(-1);
  const markedPair = new Int32Array(n);
  for (let source = 0; source < n; source++) {
    for (let k = bucketStart[source]; k < bucketStart[source + 1]; k++) {
      const target = tieTarget[bucket[k]];
      if (markedBy[target] !== source) {
        markedBy[target] = source;
        markedPair[target] = pairSources.length;
        pairSources.push(source);
        pairTargets.push(target);
      }
      pairOf[bucket[k]] = markedPair[target];
    }
  }
  /** Per pair and kind, the index of its edge plus one (0: no edge yet). */
  const edgeOf = new Int32Array(pairSources.length * KIND_COUNT);
  const edges: Network['edges'] = { source: [], target: [], kind: [], weight: [] };
  for (let i = 0; i < tieCount; i++) {
    if (tieSource[i] < 0) continue;
    const slot = pairOf[i] * KIND_COUNT + ties.kind[i];
    if (edgeOf[slot] === 0) {
      edgeOf[slot] = edges.source.push(tieSource[i]);
      edges.target.push(tieTarget[i]);
      edges.kind.push(TIE_KINDS[ties.kind[i]]);
      edges.weight.push(ties.weight[i]);
    } else {
      edges.weight[edgeOf[slot] - 1] += ties.weight[i];
    }
  }

  // Every measure runs on the CSR arrays, node order as `nodes`.
  const adjacency = adjacencyFromPairs(
    nodes.map((node) => node.id),
    pairSources,
    pairTargets,
  );
  const pairs = pairSources.length;
  const sampled = n > (options.exactBetweennessUpTo ?? 3000);
  const sources = sampled ? Math.min(n, options.samples ?? betweennessSamples(pairSources.length)) : n;
  const between = betweennessScores(adjacency, sampled ? { samples: sources } : {});
  const eigen = eigenvectorScores(adjacency);
  const { membership, count } = communitiesOf(adjacency);
  const degree = Array.from({ length: n }, (_, i) => adjacency.offsets[i + 1] - adjacency.offsets[i]);
  let crossing = 0;
  for (let p = 0; p < pairs; p++) if (nodes[pairSources[p]].sector !== nodes[pairTargets[p]].sector) crossing++;

  const seen = new Uint8Array(n);
  let componentCount = 0;
  let largest = 0;
  const queue = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    componentCount++;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
        const w = adjacency.targets[k];
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    largest = Math.max(largest, tail);
  }

  const meanRatings = meanTrustAndValue(ratings);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    adjacency,
    position,
    network: {
      nodes: {
        ids: nodes.map((node) => node.id),
        names: nodes.map((node) => node.name),
        sectors: nodes.map((node) => node.sector),
        degree,
        betweenness: Array.from(between, round),
        eigenvector: Array.from(eigen, round),
        community: Array.from(membership),
      },
      edges,
      summary: {
        nodeCount: n,
        edgeCount: pairs,
        density: n < 2 ? 0 : (2 * pairs) / (n * (n - 1)),
        components: componentCount,
        largestComponent: largest,
        isolates: degree.filter((d) => d === 0).length,
        degreeCentralization: degreeCentralization(degree),
        meanTrust: meanRatings.trust,
        meanValue: meanRatings.value,
        communities: count,
        crossSectorTieShare: pairs ? crossing / pairs : null,
        betweennessSampled: sampled,
        betweennessSources: sources,
      },
      updating: false,
    },
  };
}

/** A rating column's value: NaN stands for none. */
function ratingOf(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Freeman degree centralization from the degrees: Σ(max − degree) / ((n − 1)(n − 2)); 0 below three nodes. */
function degreeCentralization(degree: readonly number[]): number {
  const n = degree.length;
  if (n < 3) return 0;
  let max = 0;
  let sum = 0;
  for (const d of degree) {
    if (d > max) max = d;
    sum += d;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}

/** One organisation's measures from a computed network. */
export function measuresOf(computed: ComputedNetwork, organisationId: string): OrganisationNetworkMeasures {
  const i = computed.position.get(organisationId);
  const { nodes, summary } = computed.network;
  if (i === undefined) {
    return {
      organisationId,
      inNetwork: false,
      degree: 0,
      degreeCentrality: 0,
      betweenness: 0,
      eigenvector: 0,
      community: null,
      brokerage: 0,
      networkSize: summary.nodeCount,
    };
  }
  return {
    organisationId,
    inNetwork: true,
    degree: nodes.degree[i],
    degreeCentrality: summary.nodeCount > 1 ? nodes.degree[i] / (summary.nodeCount - 1) : 0,
    betweenness: nodes.betweenness[i],
    eigenvector: nodes.eigenvector[i],
    community: nodes.community[i],
    brokerage: sectorBrokerageAt(computed.adjacency, nodes.sectors, i),
    networkSize: summary.nodeCount,
  };
}
