import { layoutIterations } from './layout-matrices';
import { LayoutReport, LayoutRequest } from './layout-protocol';

export interface LayoutProgress {
  readonly done: number;
  readonly total: number;
  readonly running: boolean;
}

/**
 * Drives the layout worker: hands it the starting positions and edges, and passes each batch of
 * positions back. Only the map page uses it; `new URL(…, import.meta.url)` lets the build bundle the
 * worker as its own file, served from our origin as the Content Security Policy requires.
 */
export class LayoutRunner {
  private worker: Worker | null = null;
  private run = 0;

  constructor(
    private readonly onPositions: (positions: Float32Array) => void,
    private readonly onProgress: (progress: LayoutProgress) => void,
  ) {}

  /** Lays out afresh from these positions; a run under way is dropped. Takes ownership of both arrays. */
  start(positions: Float32Array, edges: Uint32Array): void {
    this.run += 1;
    const iterations = layoutIterations(positions.length / 2);
    if (iterations === 0 || typeof Worker === 'undefined') {
      this.onProgress({ done: 0, total: 0, running: false });
      return;
    }
    this.worker ??= this.spawn();
    const request: LayoutRequest = { type: 'start', run: this.run, positions, edges, iterations };
    this.worker.postMessage(request, [positions.buffer, edges.buffer]);
    this.onProgress({ done: 0, total: iterations, running: true });
  }

  /** Settles where it is: the worker sends the positions it has reached and stops. */
  stop(): void {
    const request: LayoutRequest = { type: 'stop', run: this.run };
    this.worker?.postMessage(request);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./layout.worker', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<LayoutReport>) => {
      const report = event.data;
      if (report.run !== this.run) return;
      this.onPositions(report.positions);
      this.onProgress({ done: report.done, total: report.total, running: report.type === 'progress' });
    });
    worker.addEventListener('error', () => this.onProgress({ done: 0, total: 0, running: false }));
    return worker;
  }
}
