// ForceAtlas2 off the main thread. Runs in batches of about 50 ms, reporting positions after each,
// and reads messages between batches, so the map moves as it settles and "stop" takes effect at once.
// Typed against the DOM library the rest of the code uses: addEventListener, postMessage with
// transfer options, performance and setTimeout have the same shapes in a dedicated worker.
import iterate from 'graphology-layout-forceatlas2/iterate';
import { layoutSettings, readPositions, toLayoutMatrices } from './layout-matrices';
import { LayoutReport, LayoutRequest } from './layout-protocol';

const BATCH_MS = 50;
/** The run under way, and whether it was asked to stop. */
let current = { run: -1, stopped: false };

function report(message: LayoutReport): void {
  postMessage(message, { transfer: [message.positions.buffer] });
}

addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.type === 'stop') {
    if (request.run === current.run) current.stopped = true;
    return;
  }
  const state = { run: request.run, stopped: false };
  current = state;
  const matrices = toLayoutMatrices(request.positions, request.edges);
  const settings = layoutSettings(request.positions.length / 2);
  const total = request.iterations;
  let done = 0;
  const step = () => {
    if (current !== state) return; // replaced by a newer run
    const started = performance.now();
    while (!state.stopped && done < total && performance.now() - started < BATCH_MS) {
      iterate(settings, matrices.nodes, matrices.edges);
      done += 1;
    }
    const finished = state.stopped || done >= total;
    report({ type: finished ? 'done' : 'progress', run: state.run, done, total, positions: readPositions(matrices.nodes) });
    if (!finished) setTimeout(step, 0);
  };
  step();
});
