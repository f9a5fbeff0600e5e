import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

/** The same small generator the network measures use, so a neighbourhood splits the same way each time. */
function seededRandom(seed = 42): () => number {
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
 * The organisations of a local neighbourhood (the subject, its partners, their partners) that sit
 * in a Louvain community neither the subject nor any of its partners belongs to: across a
 * boundary it does not yet reach. Only the neighbourhood is clustered, so the cost follows it,
 * not the country.
 */
export function acrossCommunityBoundary(subjectId: string, partnerIds: readonly string[], ties: readonly (readonly [string, string])[]): Set<string> {
  const graph = new UndirectedGraph();
  graph.mergeNode(subjectId);
  for (const [a, b] of ties) if (a !== b) graph.mergeEdge(a, b);
  if (graph.size === 0) return new Set();
  const community = louvain(graph, { rng: seededRandom() });
  const reached = new Set([subjectId, ...partnerIds].filter((id) => graph.hasNode(id)).map((id) => community[id]));
  return new Set(graph.filterNodes((node) => !reached.has(community[node])));
}
