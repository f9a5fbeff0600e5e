import { Sector, TieKind } from '@cg/shared/domain';
import { AppConfig } from '@cg/api/core/config';
import { computeNetwork, measuresOf, NodeRow, TieRow } from './network.compute';
import { NetworkComputer } from './network-computer';
import { answerRequest, computedFromAnswer, ComputeRequest, requestTransfer } from './network-worker.protocol';
import { columnsFromRows, TieColumns } from './tie-columns';

const nodes: NodeRow[] = [
  { id: 'hub', name: 'Hub', sector: Sector.VOLUNTARY_AND_COMMUNITY },
  { id: 'a', name: 'A', sector: Sector.PUBLIC },
  { id: 'b', name: 'B', sector: Sector.PRIVATE },
  { id: 'c', name: 'C', sector: Sector.PRIVATE },
];
const ties: TieRow[] = ['a', 'b', 'c'].map((b) => ({
  a: 'hub',
  b,
  kind: TieKind.RELATIONSHIP,
  weight: 2,
  trust: 3,
  value: 4,
}));
const columns = () => columnsFromRows(new Map(nodes.map((n, i) => [n.id, i])), ties);

describe('the network worker protocol', () => {
  it('answers with the same network and measures as computing in-process', () => {
    // The request crosses as postMessage sends it: the tie columns handed over, not copied.
    const sent: ComputeRequest = { id: 7, nodes, ties: columns(), options: {} };
    const request = structuredClone(sent, { transfer: requestTransfer(sent) });
    expect(sent.ties.a.length).toBe(0);
    const { answer, transfer } = answerRequest(request);
    if ('error' in answer) throw new Error(answer.error);
    // Structured cloning is what postMessage does; the tie arrays are handed over, not copied.
    const received = structuredClone(answer, { transfer });
    const computed = computedFromAnswer(received);
    const local = computeNetwork(nodes, ties);
    expect(computed.network).toEqual(local.network);
    // The hub bridges a (public) to b and c (private): two pairs; b and c share a sector.
    expect(measuresOf(computed, 'hub')).toEqual(measuresOf(local, 'hub'));
    expect(measuresOf(computed, 'hub').brokerage).toBe(2);
  });

  it('answers a failure with its message instead of throwing', () => {
    const { answer } = answerRequest({ id: 8, nodes, ties: null as unknown as TieColumns, options: {} });
    expect(answer).toEqual({ id: 8, error: expect.stringContaining('null') });
  });
});

describe('NetworkComputer', () => {
  it('measures in-process when no worker is built, as in the integration tests', async () => {
    const computer = new NetworkComputer({ networkWorkerMinTies: 0 } as AppConfig);
    const computed = await computer.compute(nodes, columns(), {});
    expect(computed.network.summary.edgeCount).toBe(3);
    await computer.onModuleDestroy();
  });
});
