import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { Worker } from 'node:worker_threads';
import { ComputedNetwork, computeNetworkFromColumns, ComputeOptions, NodeRow } from './network.compute';
import { ComputeAnswer, ComputeRequest, computedFromAnswer, requestTransfer } from './network-worker.protocol';
import { TieColumns } from './tie-columns';

interface Pending {
  resolve: (computed: ComputedNetwork) => void;
  reject: (error: Error) => void;
}

/**
 * Runs computeNetwork. Large networks (seconds of betweenness at national scale) go to one
 * long-lived worker thread, so other people's requests are answered meanwhile; small ones are
 * measured in-process, where they take milliseconds and never queue behind a large one.
 */
@Injectable()
export class NetworkComputer implements OnModuleDestroy {
  private readonly logger = new Logger(NetworkComputer.name);
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Measures a network; the tie columns are handed to the worker, so the caller must not use them afterwards. */
  compute(nodes: NodeRow[], ties: TieColumns, options: ComputeOptions): Promise<ComputedNetwork> {
    const script = this.config.networkWorkerScript;
    if (!script || ties.a.length < this.config.networkWorkerMinTies) {
      return Promise.resolve().then(() => computeNetworkFromColumns(nodes, ties, options));
    }
    const request: ComputeRequest = { id: this.nextId++, nodes, ties, options };
    return new Promise<ComputedNetwork>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.workerFor(script).postMessage(request, requestTransfer(request));
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new Error('The API is shutting down.'));
    this.pending.clear();
    await worker?.terminate();
  }

  private workerFor(script: string): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(script);
    // Waiting for a measurement is no reason to keep the process alive.
    worker.unref();
    worker.on('message', (answer: ComputeAnswer) => {
      const pending = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (!pending) return;
      if ('error' in answer) pending.reject(new Error(`Measuring the network failed: ${answer.error}`));
      else pending.resolve(computedFromAnswer(answer));
    });
    // A crashed worker fails what it was doing; the next request starts a fresh one.
    const fail = (error: Error) => {
      this.logger.error(`The network worker stopped: ${error.message}`);
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => this.worker === worker && fail(new Error(`it exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
