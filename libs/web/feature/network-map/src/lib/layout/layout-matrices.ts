import { ForceAtlas2Settings } from './layout-protocol';

/** Properties per node and per edge in ForceAtlas2's flat matrices (graphology-layout-forceatlas2). */
export const PPN = 10;
export const PPE = 3;

/**
 * ForceAtlas2's node and edge matrices straight from positions and edge index pairs, so the worker
 * needs no graph object: mass is 1 + degree (as graphology-layout-forceatlas2 sets it with unit
 * weights), every edge weighs 1 (pounds of funding would swamp strengths 1–5), and edges to nodes
 * that do not exist are dropped.
 */
export function toLayoutMatrices(positions: Float32Array, edges: Uint32Array): { nodes: Float32Array; edges: Float32Array } {
  const order = positions.length / 2;
  const nodeMatrix = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const j = i * PPN;
    nodeMatrix[j] = positions[2 * i];
    nodeMatrix[j + 1] = positions[2 * i + 1];
    nodeMatrix[j + 6] = 1; // mass
    nodeMatrix[j + 7] = 1; // convergence
    nodeMatrix[j + 8] = 1; // size
  }
  const kept: number[] = [];
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const source = edges[e];
    const target = edges[e + 1];
    if (source >= order || target >= order || source === target) continue;
    kept.push(source, target);
    nodeMatrix[source * PPN + 6] += 1;
    nodeMatrix[target * PPN + 6] += 1;
  }
  const edgeMatrix = new Float32Array((kept.length / 2) * PPE);
  for (let k = 0; k < kept.length / 2; k++) {
    // Matrices refer to nodes by their offset in the node matrix.
    edgeMatrix[k * PPE] = kept[2 * k] * PPN;
    edgeMatrix[k * PPE + 1] = kept[2 * k + 1] * PPN;
    edgeMatrix[k * PPE + 2] = 1;
  }
  return { nodes: nodeMatrix, edges: edgeMatrix };
}

/** The x and y of every node, interleaved, read back from a node matrix. */
export function readPositions(nodeMatrix: Float32Array): Float32Array {
  const order = nodeMatrix.length / PPN;
  const positions = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    positions[2 * i] = nodeMatrix[i * PPN];
    positions[2 * i + 1] = nodeMatrix[i * PPN + 1];
  }
  return positions;
}

/** graphology-layout-forceatlas2's inferred settings for a graph of this size (Barnes–Hut above 2,000). */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 2000,
    barnesHutTheta: 0.5,
  };
}

/**
 * How many iterations to run: fewer for big graphs, whose iterations cost more (about 0.2 s each at
 * 20,000 nodes and 60,000 ties on a slow 2-core machine, so some 20 s in the worker, with progress
 * shown and a stop). The starting positions already group communities, so fewer iterations suffice.
 */
export function layoutIterations(order: number): number {
  if (order <= 1) return 0;
  if (order < 1000) return 400;
  if (order < 5000) return 250;
  return 100;
}
