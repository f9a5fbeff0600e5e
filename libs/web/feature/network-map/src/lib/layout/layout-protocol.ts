/** Messages between the map and its layout worker. Positions are x and y interleaved, one pair per node. */
export type LayoutRequest =
  | {
      readonly type: 'start';
      /** Numbers each run, so reports from a run that was replaced can be ignored. */
      readonly run: number;
      readonly positions: Float32Array;
      /** Source and target node positions interleaved, one pair per edge. */
      readonly edges: Uint32Array;
      readonly iterations: number;
    }
  | { readonly type: 'stop'; readonly run: number };

export interface LayoutReport {
  /** 'progress' while it runs; 'done' when finished or stopped. */
  readonly type: 'progress' | 'done';
  readonly run: number;
  readonly done: number;
  readonly total: number;
  readonly positions: Float32Array;
}

export interface ForceAtlas2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}
