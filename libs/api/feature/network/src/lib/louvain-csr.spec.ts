import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { graphFromPairs, seededRandom, toAdjacency } from './graph-measures';
import { louvainCommunities } from './louvain-csr';

/** Modularity of a partition of a CSR graph (unweighted). */
function modularity(offsets: Int32Array, targets: Int32Array, membership: ArrayLike<number>): number {
  const twiceM = targets.length;
  const totals = new Map<number, number>();
  let inside = 0;
  for (let i = 0; i < offsets.length - 1; i++) {
    totals.set(membership[i], (totals.get(membership[i]) ?? 0) + offsets[i + 1] - offsets[i]);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) if (membership[targets[k]] === membership[i]) inside++;
  }
  let q = inside / twiceM;
  for (const total of totals.values()) q -= (total / twiceM) ** 2;
  return q;
}

/** Groups of nodes with dense ties inside and a few between (a planted partition), as a graphology graph. */
function planted(groups: number, size: number, inside: number, between: number, seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const n = groups * size;
  const sources: number[] = [];
  const targets: number[] = [];
  const seen = new Set<number>();
  const add = (a: number, b: number) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    if (s === t || seen.has(s * n + t)) return;
    seen.add(s * n + t);
    sources.push(s);
    targets.push(t);
  };
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < inside; k++) add(a, Math.floor(a / size) * size + Math.floor(random() * size));
    if (random() < between) add(a, Math.floor(random() * n));
  }
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  return graphFromPairs(nodes, sources, targets);
}

function both(graph: UndirectedGraph) {
  const { ids, offsets, targets } = toAdjacency(graph);
  const ours = louvainCommunities(ids.length, offsets, targets, seededRandom(42));
  const raw = louvain(graph, { rng: seededRandom(42) });
  const theirs = ids.map((id) => raw[id]);
  return {
    ours,
    theirsCount: new Set(theirs).size,
    ourQ: modularity(offsets, targets, ours.membership),
    theirQ: modularity(offsets, targets, theirs),
  };
}

describe('louvainCommunities on CSR arrays, against graphology-communities-louvain', () => {
  it('finds each planted group exactly, as graphology does', () => {
    const graph = planted(6, 40, 6, 0.05, 3);
    const { ours, theirsCount, ourQ, theirQ } = both(graph);
    expect(ours.count).toBe(6);
    expect(theirsCount).toBe(6);
    for (let g = 0; g < 6; g++) {
      const group = new Set(Array.from(ours.membership.subarray(g * 40, (g + 1) * 40)));
      expect(group.size).toBe(1);
    }
    expect(ourQ).toBeCloseTo(theirQ, 6);
  });

  it('reaches graphology’s modularity (within 0.02) on noisier random graphs', () => {
    for (const seed of [1, 2, 5, 8]) {
      const { ours, theirsCount, ourQ, theirQ } = both(planted(10, 30, 3, 0.6, seed));
      expect(ourQ).toBeGreaterThan(theirQ - 0.02);
      expect(Math.abs(ours.count - theirsCount)).toBeLessThanOrEqual(3);
    }
  });

  it('keeps isolates alone, numbers communities by first node and gives the same answer every time', () => {
    // Two triangles and an isolate: 0-1-2, 3-4-5, 6.
    const offsets = Int32Array.from([0, 2, 4, 6, 8, 10, 12, 12]);
    const targets = Int32Array.from([1, 2, 0, 2, 0, 1, 4, 5, 3, 5, 3, 4]);
    const run = () => louvainCommunities(7, offsets, targets, seededRandom(42));
    expect(run()).toEqual({ membership: Int32Array.from([0, 0, 0, 1, 1, 1, 2]), count: 3 });
    expect(run()).toEqual(run());
  });

  it('answers for graphs with no ties and no nodes', () => {
    expect(louvainCommunities(3, new Int32Array(4), new Int32Array(0), seededRandom(1))).toEqual({
      membership: Int32Array.from([0, 1, 2]),
      count: 3,
    });
    expect(louvainCommunities(0, new Int32Array(1), new Int32Array(0), seededRandom(1)).count).toBe(0);
  });
});
