// graphology-layout-forceatlas2 ships no types for its single-iteration function.
declare module 'graphology-layout-forceatlas2/iterate' {
  import type { ForceAtlas2Settings } from './layout-protocol';
  export default function iterate(settings: ForceAtlas2Settings, nodeMatrix: Float32Array, edgeMatrix: Float32Array): void;
}
