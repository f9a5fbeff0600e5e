import { Sector, TieKind } from '@cg/shared/domain';
import { existingOn } from './network-rows';
import { columnsFromPositioned } from './tie-columns';

const row = (id: string, existed: boolean) => ({ id, name: id, sector: Sector.PUBLIC, existed });
const ties = (...pairs: [number, number][]) =>
  columnsFromPositioned(
    pairs.map(([a, b]) => ({ a, b, kind: TieKind.RELATIONSHIP, weight: 1, trust: null, value: null })),
  );

describe('organisations of the network as at a day', () => {
  it('keeps those entered by then and those in a tie that held then, and drops the rest', () => {
    // "old" was entered before the day; "imported" and "partner" were entered later but were tied
    // on the day (history imported at once); "newcomer" was entered later and tied to nobody then.
    const rows = [row('old', true), row('newcomer', false), row('imported', false), row('partner', false)];
    const kept = existingOn(rows, ties([2, 3]));
    expect(kept.nodes.map((n) => n.id)).toEqual(['old', 'imported', 'partner']);
    // The tie's ends are renumbered for the organisations kept.
    expect([...kept.ties.a, ...kept.ties.b]).toEqual([1, 2]);
  });

  it('keeps those tied to an organisation the caller does not read', () => {
    const rows = [row('old', true), row('imported', false), row('newcomer', false)];
    expect(existingOn(rows, ties(), Uint8Array.of(0, 1, 0)).nodes.map((n) => n.id)).toEqual(['old', 'imported']);
  });

  it('returns plain nodes, without the existed mark', () => {
    expect(existingOn([row('old', true)], ties()).nodes).toEqual([{ id: 'old', name: 'old', sector: Sector.PUBLIC }]);
  });
});
