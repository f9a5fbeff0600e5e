import { parentPort } from 'node:worker_threads';
import { answerRequest, ComputeRequest } from './network-worker.protocol';

// The network worker's entry (built as network-worker.js beside main.js): measures networks
// one request at a time, so a national-scale network never holds up the API's event loop.
parentPort?.on('message', (request: ComputeRequest) => {
  const { answer, transfer } = answerRequest(request);
  parentPort?.postMessage(answer, transfer);
});
