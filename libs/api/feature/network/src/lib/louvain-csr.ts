/**
 * Louvain communities over CSR arrays (issue #13): the same method as graphology-communities-louvain
 * (modularity, resolution 1, fast local moves from a seeded random start, then the communities
 * folded into nodes and moved again until nothing moves), without building a graphology graph,
 * which cost more than the algorithm itself on a county (1.5 s of a 5 s measurement).
 *
 * Input: an unweighted simple undirected graph (each tie in both nodes' lists, no self-ties).
 * Output: each node's community, numbered from 0 in order of each community's first node.
 */

/** One level of the folding: a weighted graph with self-loops (a community's inner ties). */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Twice the weight of each node's self-loop (its inner ties, counted from both ends). */
  loops: Float64Array;
}

export function louvainCommunities(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  random: () => number,
): { membership: Int32Array; count: number } {
  // Each original node's node at the current level.
  const nodeAt = new Int32Array(n);
  for (let i = 0; i < n; i++) nodeAt[i] = i;
  let level: Level = { n, offsets, targets, weights: new Float64Array(targets.length).fill(1), loops: new Float64Array(n) };
  for (;;) {
    const { community, moved } = moveNodes(level, random);
    if (!moved) break;
    const { folded, numbering } = fold(level, community);
    for (let i = 0; i < n; i++) nodeAt[i] = numbering[community[nodeAt[i]]];
    level = folded;
  }
  return renumber(nodeAt);
}

/** Moves single nodes between communities while modularity rises (the fast local move queue). */
function moveNodes(level: Level, random: () => number): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, loops } = level;
  const community = new Int32Array(n);
  const members = new Int32Array(n).fill(1);
  // Communities emptied by moves, to isolate a node that does better alone.
  const unused: number[] = [];
  const degree = new Float64Array(n);
  const total = new Float64Array(n);
  let twiceM = 0;
  for (let i = 0; i < n; i++) {
    community[i] = i;
    let d = loops[i];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) d += weights[k];
    degree[i] = d;
    total[i] = d;
    twiceM += d;
  }
  if (twiceM === 0) return { community, moved: false };

  // A ring queue of nodes to visit, each at most once in it.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let size = n;
  const start = Math.floor(random() * n);
  for (let s = 0; s < n; s++) {
    queue[s] = (start + s) % n;
    queued[queue[s]] = 1;
  }
  // Weight from the visited node to each neighbouring community, and which communities those are.
  const weightTo = new Float64Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  while (size > 0) {
    const i = queue[head];
    head = (head + 1) % n;
    size--;
    queued[i] = 0;
    const own = community[i];
    let count = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const c = community[targets[k]];
      if (weightTo[c] === 0) touched[count++] = c;
      weightTo[c] += weights[k];
    }
    // Gain of joining community c once i has left its own: w(i, c) − tot(c) · k(i) / 2m.
    const k = degree[i];
    total[own] -= k;
    let best = own;
    let bestGain = weightTo[own] - (total[own] * k) / twiceM;
    for (let t = 0; t < count; t++) {
      const c = touched[t];
      const gain = weightTo[c] - (total[c] * k) / twiceM;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    for (let t = 0; t < count; t++) weightTo[touched[t]] = 0;
    weightTo[own] = 0;
    // Alone, the gain is 0: better than staying where every choice loses.
    if (bestGain < 0 && members[own] > 1) best = unused.pop() as number;
    total[best] += k;
    if (best === own) continue;
    community[i] = best;
    members[best]++;
    if (--members[own] === 0) unused.push(own);
    moved = true;
    // Neighbours outside the new community may now do better: visit them again.
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      if (community[j] !== best && !queued[j]) {
        queued[j] = 1;
        queue[(head + size) % n] = j;
        size++;
      }
    }
  }
  return { community, moved };
}

/** The communities as the nodes of a new level; ties between them summed, ties inside as self-loops. */
function fold(level: Level, community: Int32Array): { folded: Level; numbering: Int32Array } {
  const { n, offsets, targets, weights, loops } = level;
  const numbering = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) if (numbering[community[i]] < 0) numbering[community[i]] = count++;
  // Nodes of each community, by counting sort.
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[numbering[community[i]] + 1]++;
  for (let c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let i = 0; i < n; i++) members[fill[numbering[community[i]]]++] = i;

  const newLoops = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const newTargets: number[] = [];
  const newWeights: number[] = [];
  const weightTo = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let m = memberStart[c]; m < memberStart[c + 1]; m++) {
      const i = members[m];
      newLoops[c] += loops[i];
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const d = numbering[community[targets[k]]];
        if (d === c) {
          newLoops[c] += weights[k];
          continue;
        }
        if (weightTo[d] === 0) touched[touchedCount++] = d;
        weightTo[d] += weights[k];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      newTargets.push(touched[t]);
      newWeights.push(weightTo[touched[t]]);
      weightTo[touched[t]] = 0;
    }
    newOffsets[c + 1] = newTargets.length;
  }
  return {
    folded: { n: count, offsets: newOffsets, targets: Int32Array.from(newTargets), weights: Float64Array.from(newWeights), loops: newLoops },
    numbering,
  };
}

function renumber(raw: Int32Array): { membership: Int32Array; count: number } {
  const numbers = new Map<number, number>();
  const membership = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let number = numbers.get(raw[i]);
    if (number === undefined) numbers.set(raw[i], (number = numbers.size));
    membership[i] = number;
  }
  return { membership, count: numbers.size };
}
