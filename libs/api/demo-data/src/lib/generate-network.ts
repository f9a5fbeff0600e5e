import { DEFAULT_TODAY, toDay } from './dates';
import { NetworkBuilder } from './network-builder';
import { DemoNetwork } from './tables';

export { DEFAULT_TODAY } from './dates';
export { DEMO_ORGANISATIONS } from './network-builder';
export type { DemoNetwork, DemoOrganisation } from './tables';

export interface GenerateOptions {
  organisations: number;
  seed?: number;
  /**
   * The reference "today": activities, measurements and funding are dated up to it.
   * Defaults to a fixed date (DEFAULT_TODAY) so a seed always gives the same network;
   * the demo passes the real date so it looks fresh.
   */
  today?: Date | string;
}

const DEFAULT_SEED = 2026;

/**
 * A deterministic fictional county network: places, organisations, people,
 * partnerships, projects, outcomes with indicators and measurements, needs,
 * activities, funding and relationships. Every type of organisation appears at
 * least once, names stay unique, and every reference points at a generated row.
 */
export function generateNetwork(options: GenerateOptions): DemoNetwork {
  const stream = streamNetwork(options);
  for (const _chunk of stream.chunks()) {
    // Without a chunk size the build never pauses; this loop just runs it.
  }
  return stream.buffer;
}

/**
 * The same network, built a chunk at a time for networks too big to hold at once:
 * after each chunk `buffer` holds the rows made since the last `drain()`, and every
 * row only refers to rows in the buffer or already drained, so writing the buffer
 * table by table in TABLES order after each chunk satisfies every foreign key.
 */
export interface NetworkStream {
  readonly kind: 'network-stream';
  readonly buffer: DemoNetwork;
  /** Builds the network, pausing after roughly every `chunkRows` rows. */
  chunks(): Iterable<void>;
  /** Empties the buffer once its rows are written. */
  drain(): void;
}

export function streamNetwork(options: GenerateOptions, chunkRows = Number.POSITIVE_INFINITY): NetworkStream {
  const builder = new NetworkBuilder(
    { organisations: options.organisations, seed: options.seed ?? DEFAULT_SEED, today: toDay(options.today ?? DEFAULT_TODAY) },
    chunkRows,
  );
  let started = false;
  return {
    kind: 'network-stream',
    buffer: builder.out,
    chunks: () => {
      if (started) throw new Error('A network stream can be read only once.');
      started = true;
      return { [Symbol.iterator]: () => builder.build() };
    },
    drain: () => builder.drain(),
  };
}

export function isNetworkStream(value: DemoNetwork | NetworkStream): value is NetworkStream {
  return (value as NetworkStream).kind === 'network-stream';
}
