import { Sector } from '@cg/shared/domain';
import { NetworkData, TieKind } from '@cg/web/data-access';
import { sampleNetwork } from './testing/sample-network';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSizeRange, sizesFromCentrality } from './centrality';
import { MANY_TIES, applyCentrality, searchOrganisations, startingPositions, toNetworkGraph } from './network-graph';
import { SECTOR_COLOURS, TIE_STYLES } from './palette';

describe('toNetworkGraph', () => {
  it('makes one node per organisation, keyed by id, coloured by sector and carrying its measures', () => {
    const graph = toNetworkGraph(sampleNetwork(), 'degree');
    expect(graph.order).toBe(4);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.getNodeAttributes('c')).toMatchObject({
      label: 'Rutland County Council',
      sector: Sector.PUBLIC,
      color: SECTOR_COLOURS[Sector.PUBLIC],
      degree: 1,
      community: 1,
    });
  });

  it('turns edge indices into ties between the right organisations, styled by kind', () => {
    const graph = toNetworkGraph(sampleNetwork(), 'degree');
    expect(graph.extremities('e0')).toEqual(['a', 'b']);
    expect(graph.getEdgeAttributes('e2')).toMatchObject({
      kind: TieKind.FUNDING,
      weight: 25000,
      type: 'arrow',
      color: TIE_STYLES[TieKind.FUNDING].colour,
    });
    expect(graph.source('e2')).toBe('d'); // the funder
    expect(graph.getEdgeAttribute('e1', 'type')).toBe('line');
  });

  it('draws the ties of a network with more than MANY_TIES in opaque shades', () => {
    const sample = sampleNetwork();
    const count = MANY_TIES + 1;
    const large: NetworkData = {
      ...sample,
      edges: {
        source: Array.from({ length: count }, (_, i) => i % 2),
        target: Array.from({ length: count }, (_, i) => 2 + (i % 2)),
        kind: Array.from({ length: count }, () => TieKind.CO_MEMBERSHIP),
        weight: Array.from({ length: count }, () => 1),
      },
    };
    expect(toNetworkGraph(large, 'degree').getEdgeAttribute('e0', 'color')).toBe(TIE_STYLES[TieKind.CO_MEMBERSHIP].swatch);
    expect(toNetworkGraph(sample, 'degree').getEdgeAttribute('e0', 'color')).toBe(TIE_STYLES[sample.edges.kind[0]].colour);
  });

  it('skips ties that point outside the node arrays and self-ties', () => {
    const graph = toNetworkGraph(sampleNetwork(), 'degree');
    expect(graph.size).toBe(3);
    expect(graph.hasEdge('e3')).toBe(false);
    expect(graph.hasEdge('e4')).toBe(false);
  });

  it('sizes nodes by the centrality asked for, and resizes them in place', () => {
    const graph = toNetworkGraph(sampleNetwork(), 'betweenness');
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(graph.getNodeAttribute('b', 'size'));
    expect(graph.getNodeAttribute('b', 'size')).toBe(graph.getNodeAttribute('c', 'size'));
    applyCentrality(graph, 'eigenvector');
    const eigen = sizesFromCentrality([0.7, 0.4, 0.4, 0.4]);
    expect(graph.getNodeAttribute('b', 'size')).toBeCloseTo(eigen[1]);
  });

  it('handles an empty network', () => {
    const empty: NetworkData = {
      ...sampleNetwork(),
      nodes: { ids: [], names: [], sectors: [], degree: [], betweenness: [], eigenvector: [], community: [] },
      edges: { source: [], target: [], kind: [], weight: [] },
    };
    expect(toNetworkGraph(empty, 'degree').order).toBe(0);
  });
});

describe('nodeSizeRange', () => {
  it('keeps full sizes for a partnership-sized network and shrinks them for a national one', () => {
    expect(nodeSizeRange(40)).toEqual([MIN_NODE_SIZE, MAX_NODE_SIZE]);
    const [min, max] = nodeSizeRange(2000);
    expect(max).toBeCloseTo(MAX_NODE_SIZE / 2);
    expect(min).toBe(1.5);
    expect(nodeSizeRange(20000)[1]).toBeCloseTo(MAX_NODE_SIZE * 0.3);
  });
});

describe('sizesFromCentrality', () => {
  it('runs from the smallest size for zero to the largest for the top value, by square root', () => {
    const sizes = sizesFromCentrality([0, 25, 100], 2, 12);
    expect(Array.from(sizes)).toEqual([2, 7, 12]);
  });

  it('gives every node the smallest size when all values are zero, and ignores values that are not numbers', () => {
    expect(Array.from(sizesFromCentrality([0, 0], 3, 9))).toEqual([3, 3]);
    expect(Array.from(sizesFromCentrality([NaN, 4], 3, 9))).toEqual([3, 9]);
  });
});

describe('startingPositions', () => {
  it('places members of a community closer to each other than to other communities', () => {
    const positions = startingPositions([0, 0, 0, 1, 1, 1]);
    const distance = (i: number, j: number) =>
      Math.hypot(positions[2 * i] - positions[2 * j], positions[2 * i + 1] - positions[2 * j + 1]);
    expect(distance(0, 1)).toBeLessThan(distance(0, 4));
    expect(startingPositions([0, 0, 0, 1, 1, 1])).toEqual(positions); // deterministic
  });
});

describe('searchOrganisations', () => {
  const { ids, names } = sampleNetwork().nodes;

  it('puts names that start with the text first, then word starts, ignoring case', () => {
    const matches = searchOrganisations([...ids, 'e'], [...names, 'Youth Hub'], 'youth');
    expect(matches.map((m) => m.name)).toEqual(['Youth Hub', 'Oakham Youth Network']);
    expect(matches[1]).toEqual({ index: 1, id: 'b', name: 'Oakham Youth Network' });
  });

  it('ignores accents and finds nothing for blank text', () => {
    expect(searchOrganisations(['x'], ['Café Roma'], 'cafe')).toHaveLength(1);
    expect(searchOrganisations(ids, names, '  ')).toEqual([]);
  });
});
