import { ComputedNetwork, computeNetworkFromColumns, ComputeOptions, NodeRow } from './network.compute';
import type { Network } from './network.types';
import { tieBuffers, TieColumns } from './tie-columns';

/**
 * What the API thread asks the network worker: the rows it loaded, measured as computeNetwork
 * would. The tie columns travel as transferred buffers (requestTransfer), so they are not copied.
 */
export interface ComputeRequest {
  id: number;
  nodes: NodeRow[];
  ties: TieColumns;
  options: ComputeOptions;
}

/** The buffers to transfer with a request; the sender may not use its tie columns afterwards. */
export function requestTransfer(request: ComputeRequest): ArrayBuffer[] {
  return tieBuffers(request.ties);
}

/** The worker's answer. The tie arrays travel as transferred buffers, so they are not copied. */
export type ComputeAnswer =
  | { id: number; network: Network; offsets: Int32Array; targets: Int32Array }
  | { id: number; error: string };

/** Measures a request; returns the answer and the buffers to transfer with it. */
export function answerRequest(request: ComputeRequest): { answer: ComputeAnswer; transfer: ArrayBuffer[] } {
  try {
    const { network, adjacency } = computeNetworkFromColumns(request.nodes, request.ties, request.options);
    const { offsets, targets } = adjacency;
    return {
      answer: { id: request.id, network, offsets, targets },
      transfer: [offsets.buffer as ArrayBuffer, targets.buffer as ArrayBuffer],
    };
  } catch (error) {
    return { answer: { id: request.id, error: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

/** The computed network again, from a successful answer. */
export function computedFromAnswer(answer: Extract<ComputeAnswer, { network: Network }>): ComputedNetwork {
  const ids = answer.network.nodes.ids;
  return {
    network: answer.network,
    adjacency: { ids, offsets: answer.offsets, targets: answer.targets },
    position: new Map(ids.map((id, i) => [id, i])),
  };
}
