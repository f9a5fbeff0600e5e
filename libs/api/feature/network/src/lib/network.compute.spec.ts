import { Sector, TieKind } from '@cg/shared/domain';
import { betweennessSamples, computeNetwork, measuresOf, NodeRow, TieRow } from './network.compute';

const node = (id: string, sector = Sector.PUBLIC): NodeRow => ({ id, name: id.toUpperCase(), sector });
const tie = (a: string, b: string, kind = TieKind.RELATIONSHIP, weight = 1, trust: number | null = null, value: number | null = null): TieRow => ({
  a,
  b,
  kind,
  weight,
  trust,
  value,
});

describe('computeNetwork', () => {
  const nodes = [node('a'), node('b', Sector.PRIVATE), node('c'), node('d', Sector.FUNDER), node('e')];
  const ties = [
    tie('a', 'b', TieKind.RELATIONSHIP, 3, 4, 2),
    tie('b', 'a', TieKind.RELATIONSHIP, 2, 2, null),
    tie('a', 'b', TieKind.CO_MEMBERSHIP),
    tie('b', 'c', TieKind.JOINT_PROJECT),
    tie('d', 'c', TieKind.FUNDING, 5000),
    tie('d', 'c', TieKind.FUNDING, 2500),
    tie('a', 'zz', TieKind.RELATIONSHIP, 5, 1, 1),
  ];

  it('keeps one edge per pair and kind with summed weights, indices into the node arrays', () => {
    const { network } = computeNetwork(nodes, ties);
    expect(network.nodes.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    const edges = network.edges.kind.map((kind, i) => `${network.edges.source[i]}-${network.edges.target[i]}:${kind}:${network.edges.weight[i]}`);
    expect(edges).toEqual(['0-1:RELATIONSHIP:5', '0-1:CO_MEMBERSHIP:1', '1-2:JOINT_PROJECT:1', '2-3:FUNDING:7500']);
  });

  it('keeps the edges in the order of the ties, whichever end comes first', () => {
    const { network } = computeNetwork(nodes, [tie('d', 'c'), tie('a', 'b'), tie('c', 'd', TieKind.RELATIONSHIP, 2), tie('b', 'a', TieKind.FUNDING, 9)]);
    const edges = network.edges.kind.map((kind, i) => `${network.edges.source[i]}-${network.edges.target[i]}:${kind}:${network.edges.weight[i]}`);
    expect(edges).toEqual(['2-3:RELATIONSHIP:3', '0-1:RELATIONSHIP:1', '0-1:FUNDING:9']);
    expect(network.summary.edgeCount).toBe(2);
    expect(network.nodes.degree).toEqual([1, 1, 1, 1, 0]);
  });

  it('summarises a line a – b – c – d and an isolate e', () => {
    const { summary, nodes: n } = computeNetwork(nodes, ties).network;
    expect(summary).toEqual({
      nodeCount: 5,
      edgeCount: 3,
      density: 0.3,
      components: 2,
      largestComponent: 4,
      isolates: 1,
      degreeCentralization: expect.closeTo(4 / 12), // Σ(2 − d) = 1 + 0 + 0 + 1 + 2 over 4 × 3
      meanTrust: 3,
      meanValue: 2,
      communities: expect.any(Number),
      crossSectorTieShare: 1,
      betweennessSampled: false,
      betweennessSources: 5,
    });
    expect(n.degree).toEqual([1, 2, 2, 1, 0]);
    // b lies on a–c and a–d: 2 of the 6 pairs among the other four nodes.
    expect(n.betweenness[1]).toBeCloseTo(2 / 6);
  });

  it('takes an ego network of radius 1', () => {
    const { network } = computeNetwork(nodes, ties, { ego: 'b' });
    expect(network.nodes.ids).toEqual(['a', 'b', 'c']);
    expect(network.summary.edgeCount).toBe(2);
    expect(computeNetwork(nodes, ties, { ego: 'nobody' }).network.summary.nodeCount).toBe(0);
  });

  it('answers for one organisation, in the network or not', () => {
    const computed = computeNetwork(nodes, ties);
    expect(measuresOf(computed, 'c')).toMatchObject({ inNetwork: true, degree: 2, degreeCentrality: 0.5, brokerage: 1 });
    expect(measuresOf(computed, 'nobody')).toMatchObject({ inNetwork: false, degree: 0, community: null });
  });
});

describe('betweennessSamples', () => {
  it('keeps estimated betweenness within its budget on national networks, between 50 and 500 sources', () => {
    expect(betweennessSamples(10)).toBe(500);
    expect(betweennessSamples(25_000)).toBe(500);
    expect(betweennessSamples(65_099)).toBe(192);
    expect(betweennessSamples(205_264)).toBe(60);
    expect(betweennessSamples(5_000_000)).toBe(50);
  });
});

describe('computeNetwork timing (prints only)', () => {
  it('measures a generated 10,000-organisation / 100,000-tie network', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const sectors = Object.values(Sector);
    const n = 10_000;
    const big = Array.from({ length: n }, (_, i) => node(`o${i}`, sectors[i % sectors.length]));
    const kinds = Object.values(TieKind);
    const many: TieRow[] = [];
    for (let k = 0; k < 100_000; k++) {
      // Preferential-ish: a few hubs, mostly local ties, so communities exist.
      const a = Math.floor(rnd() * n);
      const b = rnd() < 0.1 ? Math.floor(rnd() ** 3 * n) : (a + 1 + Math.floor(rnd() * 50)) % n;
      many.push(tie(`o${a}`, `o${b}`, kinds[k % kinds.length], 1 + Math.floor(rnd() * 5), rnd() < 0.2 ? 3 : null, null));
    }
    const started = performance.now();
    const { network } = computeNetwork(big, many);
    const elapsed = performance.now() - started;
    console.log(
      `network of ${network.summary.nodeCount} nodes, ${network.edges.kind.length} edges (${network.summary.edgeCount} pairs): ` +
        `${Math.round(elapsed)} ms; ${network.summary.communities} communities; betweenness sampled: ${network.summary.betweennessSampled}`,
    );
    expect(network.summary.nodeCount).toBe(n);
    // Exact betweenness on the same graph takes about 30 s: only when asked for.
    if (!process.env['NETWORK_BENCH_EXACT']) return;
    const exactStarted = performance.now();
    computeNetwork(big, many, { exactBetweennessUpTo: Infinity });
    console.log(`same network with exact betweenness: ${Math.round(performance.now() - exactStarted)} ms`);
  }, 600_000);
});
