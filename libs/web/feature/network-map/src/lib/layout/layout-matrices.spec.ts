import { PPE, PPN, layoutIterations, layoutSettings, readPositions, toLayoutMatrices } from './layout-matrices';

describe('layout matrices', () => {
  it('lays positions and edges out as ForceAtlas2 expects, with mass 1 + degree', () => {
    const { nodes, edges } = toLayoutMatrices(new Float32Array([1, 2, 3, 4, 5, 6]), new Uint32Array([0, 1, 0, 2]));
    expect(nodes).toHaveLength(3 * PPN);
    expect([nodes[0], nodes[1], nodes[PPN], nodes[PPN + 1]]).toEqual([1, 2, 3, 4]);
    expect([nodes[6], nodes[PPN + 6], nodes[2 * PPN + 6]]).toEqual([3, 2, 2]);
    expect(Array.from(edges)).toEqual([0, PPN, 1, 0, 2 * PPN, 1]);
    expect(edges).toHaveLength(2 * PPE);
  });

  it('drops edges to missing nodes and self-ties', () => {
    const { edges } = toLayoutMatrices(new Float32Array([0, 0, 1, 1]), new Uint32Array([0, 5, 1, 1, 0, 1]));
    expect(Array.from(edges)).toEqual([0, PPN, 1]);
  });

  it('reads the positions back out', () => {
    const { nodes } = toLayoutMatrices(new Float32Array([1, 2, 3, 4]), new Uint32Array());
    expect(Array.from(readPositions(nodes))).toEqual([1, 2, 3, 4]);
  });

  it('uses Barnes–Hut and fewer iterations for big networks', () => {
    expect(layoutSettings(500).barnesHutOptimize).toBe(false);
    expect(layoutSettings(20000).barnesHutOptimize).toBe(true);
    expect(layoutIterations(20000)).toBeLessThan(layoutIterations(200));
    expect(layoutIterations(1)).toBe(0);
  });
});
