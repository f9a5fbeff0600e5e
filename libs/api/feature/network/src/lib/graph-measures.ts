import { UndirectedGraph } from 'graphology';
import { louvainCommunities } from './louvain-csr';

/**
 * Whole-network measures over a simple undirected graph (graphology). Parallel ties of
 * different kinds between two organisations count as one tie here: the measures are about
 * who is connected to whom, not how many records say so. Every function is pure and
 * deterministic (Louvain runs on a seeded random number generator).
 */

/** A node of the measured network. */
export interface NetworkNodeInput {
  id: string;
  sector?: string | null;
}

/** A tie between two nodes; parallel ties and self-ties are merged or dropped by buildNetworkGraph. */
export interface NetworkTieInput {
  source: string;
  target: string;
}

/** An undirected simple graph of organisations; node attribute `sector`. */
export function buildNetworkGraph(
  nodes: readonly NetworkNodeInput[],
  ties: readonly NetworkTieInput[],
): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.mergeNode(node.id, { sector: node.sector ?? null });
  for (const tie of ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    graph.mergeEdge(tie.source, tie.target);
  }
  return graph;
}

/**
 * The same simple graph from nodes and ties given as positions in `nodes`, each pair once
 * (source < target, no self-ties): the fast path for networks of 100,000+ ties, where looking
 * every tie up by id in buildNetworkGraph took seconds.
 */
export function graphFromPairs(
  nodes: readonly NetworkNodeInput[],
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id, { sector: node.sector ?? null });
  // Keys given, not generated: graphology's generator checks each random key for a clash.
  for (let i = 0; i < sources.length; i++) graph.addEdgeWithKey(i, nodes[sources[i]].id, nodes[targets[i]].id);
  return graph;
}

/**
 * Compressed adjacency (CSR) of a graph, node order as graph.nodes(): the fast form used by
 * betweenness, eigenvector, components and brokerage on 10,000+ nodes. Each node's neighbours
 * are sorted, so whether two nodes are tied is a binary search. Typed arrays, so a worker
 * thread can hand it over without copying.
 */
export interface Adjacency {
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
}

export function toAdjacency(graph: UndirectedGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + graph.degree(id)));
  const targets = new Int32Array(offsets[ids.length]);
  const fill = offsets.slice(0, ids.length);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    targets[fill[s]++] = t;
    targets[fill[t]++] = s;
  });
  for (let i = 0; i < ids.length; i++) targets.subarray(offsets[i], offsets[i + 1]).sort();
  return { ids, offsets, targets };
}

/**
 * The CSR adjacency straight from pairs given as positions in `ids` (each pair once, source ≠
 * target): what computeNetwork measures, with no graphology graph in between (building one for
 * 65,000 pairs cost more than Louvain and eigenvector together).
 */
export function adjacencyFromPairs(ids: string[], sources: ArrayLike<number>, targets: ArrayLike<number>): Adjacency {
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < sources.length; i++) {
    offsets[sources[i] + 1]++;
    offsets[targets[i] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const neighbours = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < sources.length; i++) {
    neighbours[fill[sources[i]]++] = targets[i];
    neighbours[fill[targets[i]]++] = sources[i];
  }
  for (let i = 0; i < n; i++) neighbours.subarray(offsets[i], offsets[i + 1]).sort();
  return { ids, offsets, targets: neighbours };
}

/** Whether nodes a and b (positions) are tied: a binary search of a's sorted neighbours. */
export function areTied({ offsets, targets }: Adjacency, a: number, b: number): boolean {
  let low = offsets[a];
  let high = offsets[a + 1] - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = targets[middle];
    if (value === b) return true;
    if (value < b) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Density: ties present over ties possible, 2m / (n(n − 1)); 0 for fewer than two nodes. */
export function density(graph: UndirectedGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}

/** Degree of every node (how many others it is tied to). */
export function degrees(graph: UndirectedGraph): Record<string, number> {
  const result: Record<string, number> = {};
  graph.forEachNode((node) => (result[node] = graph.degree(node)));
  return result;
}

/** Degree centrality: degree / (n − 1), 0 to 1; 0 for a one-node graph. */
export function degreeCentrality(graph: UndirectedGraph): Record<string, number> {
  const n = graph.order;
  const result: Record<string, number> = {};
  graph.forEachNode((node) => (result[node] = n < 2 ? 0 : graph.degree(node) / (n - 1)));
  return result;
}

/**
 * Freeman degree centralization: Σ(max degree − degree) / ((n − 1)(n − 2)). 1 for a star
 * (one organisation holds every tie), 0 when every organisation has the same degree; 0 for
 * fewer than three nodes.
 */
export function degreeCentralization(graph: UndirectedGraph): number {
  const n = graph.order;
  if (n < 3) return 0;
  const all = graph.nodes().map((node) => graph.degree(node));
  const max = Math.max(...all);
  return all.reduce((sum, d) => sum + (max - d), 0) / ((n - 1) * (n - 2));
}

/** Connected components, largest first (ties broken by first node), each in node order. */
export function components(graph: UndirectedGraph): string[][] {
  const { ids, offsets, targets } = toAdjacency(graph);
  const seen = new Uint8Array(ids.length);
  const result: string[][] = [];
  const queue = new Int32Array(ids.length);
  for (let start = 0; start < ids.length; start++) {
    if (seen[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const w = targets[k];
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    const members = Array.from(queue.subarray(0, tail)).sort((a, b) => a - b);
    result.push(members.map((i) => ids[i]));
  }
  return result.sort((a, b) => b.length - a.length);
}

/** Organisations with no tie at all. */
export function isolates(graph: UndirectedGraph): string[] {
  return graph.filterNodes((node) => graph.degree(node) === 0);
}

/** A seeded random number generator (mulberry32), so communities come out the same every time. */
export function seededRandom(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain communities with a fixed seed (louvain-csr.ts). Numbered 0, 1, 2… in order of each
 * community's first node, so the numbering is stable. Isolates each form their own community.
 */
export function communities(graph: UndirectedGraph, seed = 42): { membership: Record<string, number>; count: number } {
  const adjacency = toAdjacency(graph);
  const { membership, count } = communitiesOf(adjacency, seed);
  const result: Record<string, number> = {};
  adjacency.ids.forEach((id, i) => (result[id] = membership[i]));
  return { membership: result, count };
}

/** Louvain communities over CSR arrays, by position. */
export function communitiesOf({ ids, offsets, targets }: Adjacency, seed = 42): { membership: Int32Array; count: number } {
  return louvainCommunities(ids.length, offsets, targets, seededRandom(seed));
}

export interface BetweennessOptions {
  /**
   * Use at most this many source nodes (chosen with the seeded generator) and scale up: the
   * Brandes–Pich estimate, for very large graphs. Exact when absent or ≥ n.
   */
  samples?: number;
  seed?: number;
}

/**
 * Betweenness centrality (Brandes), normalized for an undirected graph: the share of shortest
 * paths between other pairs that pass through the node, raw / ((n − 1)(n − 2) / 2), 0 to 1.
 */
export function betweenness(graph: UndirectedGraph, options: BetweennessOptions = {}): Record<string, number> {
  const adjacency = toAdjacency(graph);
  const scores = betweennessScores(adjacency, options);
  const result: Record<string, number> = {};
  adjacency.ids.forEach((id, i) => (result[id] = scores[i]));
  return result;
}

/** Betweenness over CSR arrays, in node order. */
export function betweennessScores(adjacency: Adjacency, options: BetweennessOptions = {}): Float64Array {
  const { ids, offsets, targets } = adjacency;
  const n = ids.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  let sources = Array.from({ length: n }, (_, i) => i);
  if (options.samples !== undefined && options.samples < n) {
    const rng = seededRandom(options.seed ?? 42);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [sources[i], sources[j]] = [sources[j], sources[i]];
    }
    sources = sources.slice(0, Math.max(1, options.samples));
  }
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const next = distance[v] + 1;
      const paths = sigma[v];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = targets[k];
        const known = distance[w];
        if (known < 0) {
          distance[w] = next;
          order[tail++] = w;
          sigma[w] += paths;
        } else if (known === next) sigma[w] += paths;
      }
    }
    // Dependencies back from the farthest node; one division per node, not one per arc.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const share = (1 + delta[w]) / sigma[w];
      const previous = distance[w] - 1;
      for (let k = offsets[w], end = offsets[w + 1]; k < end; k++) {
        const v = targets[k];
        if (distance[v] === previous) delta[v] += sigma[v] * share;
      }
      centrality[w] += delta[w];
    }
  }
  // Each pair is counted from both ends (undirected), hence / 2; then normalize by the pairs.
  const scale = n / sources.length / 2 / (((n - 1) * (n - 2)) / 2);
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return centrality;
}

/**
 * Eigenvector centrality: the leading eigenvector of the adjacency matrix (unit length), by
 * power iteration on A + I (which converges on bipartite graphs such as stars too). Being
 * tied to well-tied organisations counts for more than many ties to peripheral ones. Stops
 * when the vector moves less than n × tolerance in one step, or after maxIterations (on large,
 * nearly regular graphs the vector is then close to, not exactly, the limit).
 */
export function eigenvector(graph: UndirectedGraph, maxIterations = 200, tolerance = 1e-9): Record<string, number> {
  const adjacency = toAdjacency(graph);
  const scores = eigenvectorScores(adjacency, maxIterations, tolerance);
  const result: Record<string, number> = {};
  adjacency.ids.forEach((id, i) => (result[id] = scores[i]));
  return result;
}

export function eigenvectorScores(adjacency: Adjacency, maxIterations = 200, tolerance = 1e-9): Float64Array {
  const { ids, offsets, targets } = adjacency;
  const n = ids.length;
  let x = new Float64Array(n).fill(n ? 1 / Math.sqrt(n) : 0);
  if (n === 0 || targets.length === 0) return new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = Float64Array.from(x);
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += x[targets[k]];
      next[v] += sum;
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += next[v] * next[v];
    norm = Math.sqrt(norm);
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      change += Math.abs(next[v] - x[v]);
    }
    x = next;
    if (change < n * tolerance) break;
  }
  return x;
}

/**
 * Sector brokerage of one organisation: pairs of its partners that are not tied to each
 * other and work in different sectors, so the organisation is the bridge between them.
 */
export function sectorBrokerage(graph: UndirectedGraph, node: string): number {
  if (!graph.hasNode(node)) return 0;
  const adjacency = toAdjacency(graph);
  const sectors = adjacency.ids.map((id) => graph.getNodeAttribute(id, 'sector') as string | null);
  return sectorBrokerageAt(adjacency, sectors, adjacency.ids.indexOf(node));
}

/** Sector brokerage over CSR arrays: `node` and `sectors` by position. */
export function sectorBrokerageAt(adjacency: Adjacency, sectors: readonly (string | null)[], node: number): number {
  const { offsets, targets } = adjacency;
  let count = 0;
  for (let i = offsets[node]; i < offsets[node + 1]; i++) {
    const a = targets[i];
    for (let j = i + 1; j < offsets[node + 1]; j++) {
      const b = targets[j];
      if (sectors[a] !== sectors[b] && !areTied(adjacency, a, b)) count++;
    }
  }
  return count;
}

/** Share of ties whose two organisations are in different sectors; null when there are no ties. */
export function crossSectorTieShare(graph: UndirectedGraph): number | null {
  if (graph.size === 0) return null;
  let crossing = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    if (source['sector'] !== target['sector']) crossing++;
  });
  return crossing / graph.size;
}
