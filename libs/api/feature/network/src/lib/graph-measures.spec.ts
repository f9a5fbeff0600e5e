import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  betweenness,
  buildNetworkGraph,
  communities,
  components,
  crossSectorTieShare,
  degreeCentralization,
  degreeCentrality,
  degrees,
  density,
  eigenvector,
  graphFromPairs,
  isolates,
  sectorBrokerage,
} from './graph-measures';

const graphOf = (ids: string[], pairs: [string, string][], sectorOf: (id: string) => string = () => 'PUBLIC') =>
  buildNetworkGraph(
    ids.map((id) => ({ id, sector: sectorOf(id) })),
    pairs.map(([source, target]) => ({ source, target })),
  );

// A star: one hub tied to four others.
const star = () => graphOf(['hub', 'l1', 'l2', 'l3', 'l4'], [['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4']]);
// A line: a – b – c – d.
const line = () => graphOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
// Two groups of four, everyone tied within a group, joined by one bridge a1 – b1.
const cliques = () => {
  const a = ['a1', 'a2', 'a3', 'a4'];
  const b = ['b1', 'b2', 'b3', 'b4'];
  const pairs: [string, string][] = [['a1', 'b1']];
  for (const group of [a, b])
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i], group[j]]);
  return graphOf([...a, ...b], pairs, (id) => (id.startsWith('a') ? 'PUBLIC' : 'PRIVATE'));
};
// A triangle, a pair and an isolate.
const disconnected = () => graphOf(['x', 'y', 'z', 'p', 'q', 'i'], [['x', 'y'], ['y', 'z'], ['z', 'x'], ['p', 'q']]);

describe('network measures', () => {
  it('builds the same graph from position pairs as from ids', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    const nodes = ids.map((id) => ({ id, sector: id.startsWith('a') ? 'PUBLIC' : 'PRIVATE' }));
    const expected = cliques();
    const sources: number[] = [];
    const targets: number[] = [];
    expected.forEachEdge((_edge, _attributes, source, target) => {
      sources.push(ids.indexOf(source));
      targets.push(ids.indexOf(target));
    });
    const built = graphFromPairs(nodes, sources, targets);
    expect(built.nodes()).toEqual(expected.nodes());
    expect(built.size).toBe(expected.size);
    expect(built.getNodeAttribute('b2', 'sector')).toBe('PRIVATE');
    expect(betweenness(built)).toEqual(betweenness(expected));
  });

  it('merges parallel ties and drops self-ties and ties to unknown nodes', () => {
    const graph = graphOf(['a', 'b'], [['a', 'b'], ['b', 'a'], ['a', 'a'], ['a', 'zz']]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });

  describe('a star', () => {
    it('has density 4/10, centralization 1 and all betweenness at the hub', () => {
      const graph = star();
      expect(density(graph)).toBeCloseTo(0.4);
      expect(degreeCentralization(graph)).toBeCloseTo(1);
      expect(degrees(graph)).toEqual({ hub: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
      expect(degreeCentrality(graph)['hub']).toBeCloseTo(1);
      expect(degreeCentrality(graph)['l1']).toBeCloseTo(0.25);
      const b = betweenness(graph);
      expect(b['hub']).toBeCloseTo(1);
      expect(b['l1']).toBeCloseTo(0);
    });

    it('has eigenvector 1/√2 at the hub and 1/√8 at each leaf (λ = 2, hub = 2 × leaf, unit length)', () => {
      const e = eigenvector(star());
      expect(e['hub']).toBeCloseTo(Math.SQRT1_2, 6);
      expect(e['l3']).toBeCloseTo(1 / Math.sqrt(8), 6);
    });

    it('makes no brokerage when everyone is in one sector, and counts unlinked cross-sector pairs otherwise', () => {
      expect(sectorBrokerage(star(), 'hub')).toBe(0);
      const mixed = graphOf(
        ['hub', 'l1', 'l2', 'l3', 'l4'],
        [['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4'], ['l1', 'l3']],
        (id) => (id === 'l1' || id === 'l2' ? 'PUBLIC' : 'PRIVATE'),
      );
      // Cross-sector pairs l1–l3, l1–l4, l2–l3, l2–l4; l1–l3 are tied themselves.
      expect(sectorBrokerage(mixed, 'hub')).toBe(3);
      expect(sectorBrokerage(mixed, 'l4')).toBe(0);
      expect(sectorBrokerage(mixed, 'nobody')).toBe(0);
    });
  });

  describe('a line of four', () => {
    it('has density 1/2, centralization 2/6 and betweenness 2/3 in the middle', () => {
      const graph = line();
      expect(density(graph)).toBeCloseTo(0.5);
      expect(degreeCentralization(graph)).toBeCloseTo(1 / 3);
      const b = betweenness(graph);
      expect(b['a']).toBeCloseTo(0);
      expect(b['b']).toBeCloseTo(2 / 3);
      expect(b['c']).toBeCloseTo(2 / 3);
    });

    it('has eigenvector ∝ sin(jπ/5)', () => {
      const e = eigenvector(line());
      const norm = Math.sqrt(2 * (Math.sin(Math.PI / 5) ** 2 + Math.sin((2 * Math.PI) / 5) ** 2));
      expect(e['a']).toBeCloseTo(Math.sin(Math.PI / 5) / norm, 6);
      expect(e['b']).toBeCloseTo(Math.sin((2 * Math.PI) / 5) / norm, 6);
    });
  });

  describe('two cliques joined by a bridge', () => {
    it('puts 12 of the 21 other pairs through each end of the bridge', () => {
      const graph = cliques();
      expect(graph.size).toBe(13);
      expect(density(graph)).toBeCloseTo(26 / 56);
      expect(degreeCentralization(graph)).toBeCloseTo(6 / 42);
      const b = betweenness(graph);
      expect(b['a1']).toBeCloseTo(12 / 21);
      expect(b['b1']).toBeCloseTo(12 / 21);
      expect(b['a2']).toBeCloseTo(0);
    });

    it('finds the two groups as communities, the same way every time', () => {
      const { membership, count } = communities(cliques());
      expect(count).toBe(2);
      expect(new Set(['a1', 'a2', 'a3', 'a4'].map((id) => membership[id])).size).toBe(1);
      expect(membership['a1']).toBe(0);
      expect(membership['b3']).toBe(1);
      expect(communities(cliques())).toEqual(communities(cliques()));
    });

    it('has one cross-sector tie of 13, and the bridge ends broker three cross-sector pairs each', () => {
      const graph = cliques();
      expect(crossSectorTieShare(graph)).toBeCloseTo(1 / 13);
      expect(sectorBrokerage(graph, 'a1')).toBe(3);
      expect(sectorBrokerage(graph, 'a2')).toBe(0);
    });
  });

  describe('a disconnected graph', () => {
    it('has three components, largest first, and one isolate', () => {
      const graph = disconnected();
      expect(components(graph)).toEqual([['x', 'y', 'z'], ['p', 'q'], ['i']]);
      expect(isolates(graph)).toEqual(['i']);
      expect(density(graph)).toBeCloseTo(4 / 15);
      expect(communities(graph).count).toBe(3);
      expect(eigenvector(graph)['i']).toBeCloseTo(0, 3);
    });

    it('gives zeros and nulls on empty and one-node graphs', () => {
      const empty = graphOf([], []);
      expect(density(empty)).toBe(0);
      expect(degreeCentralization(empty)).toBe(0);
      expect(components(empty)).toEqual([]);
      expect(communities(empty)).toEqual({ membership: {}, count: 0 });
      expect(crossSectorTieShare(empty)).toBeNull();
      const one = graphOf(['solo'], []);
      expect(betweenness(one)).toEqual({ solo: 0 });
      expect(eigenvector(one)).toEqual({ solo: 0 });
      expect(communities(one).count).toBe(1);
    });
  });

  it('agrees with graphology-metrics betweenness on a random graph, and sampling estimates it', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pairs: [string, string][] = [];
    for (let k = 0; k < 150; k++) pairs.push([ids[Math.floor(rnd() * 60)], ids[Math.floor(rnd() * 60)]]);
    const graph = graphOf(ids, pairs);
    const ours = betweenness(graph);
    const theirs = betweennessCentrality(graph, { normalized: true });
    for (const id of ids) expect(ours[id]).toBeCloseTo(theirs[id], 6);
    const sampled = betweenness(graph, { samples: 60 });
    for (const id of ids) expect(sampled[id]).toBeCloseTo(ours[id], 9);
    expect(Object.keys(betweenness(graph, { samples: 20 }))).toHaveLength(60);
  });
});
