/** The centralities the map can size organisations by. */
export type Centrality = 'degree' | 'betweenness' | 'eigenvector';

export const CENTRALITIES: ReadonlyArray<{ readonly value: Centrality; readonly label: string; readonly definition: string }> = [
  {
    value: 'degree',
    label: 'Degree',
    definition: 'How many other organisations it is tied to, by any kind of tie.',
  },
  {
    value: 'betweenness',
    label: 'Betweenness',
    definition:
      'The share of shortest paths between other pairs of organisations that pass through it, 0 to 1: high for brokers who connect groups that would otherwise be apart.',
  },
  {
    value: 'eigenvector',
    label: 'Eigenvector',
    definition: 'High when it is tied to organisations that are themselves well tied: influence through well-connected partners.',
  },
];

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;
/** Up to this many organisations, nodes are drawn at full size; above it they shrink. */
const ROOMY_NETWORK = 500;

/**
 * The range of node sizes for a network of `order` organisations. With thousands of organisations in
 * one view, full-size nodes cover one another and every tie; sizes shrink with the square root of the
 * crowd (to 30% at 5,600 and more), never below what a pointer can still find.
 */
export function nodeSizeRange(order: number): [min: number, max: number] {
  const scale = Math.max(0.3, Math.min(1, Math.sqrt(ROOMY_NETWORK / Math.max(order, 1))));
  return [Math.max(1.5, MIN_NODE_SIZE * scale), MAX_NODE_SIZE * scale];
}

/**
 * Node sizes (radius in pixels) from a centrality: the square root keeps the many small values
 * visible beside a few large ones, and area grows with the value. All equal when all values are.
 */
export function sizesFromCentrality(
  values: ArrayLike<number>,
  min = MIN_NODE_SIZE,
  max = MAX_NODE_SIZE,
): Float32Array {
  const sizes = new Float32Array(values.length);
  let highest = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isFinite(value) && value > highest) highest = value;
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const share = highest > 0 && Number.isFinite(value) && value > 0 ? Math.sqrt(value / highest) : 0;
    sizes[i] = min + (max - min) * share;
  }
  return sizes;
}
