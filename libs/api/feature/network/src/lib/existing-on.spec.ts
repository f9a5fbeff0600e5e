import { Sector, TieKind } from '@cg/shared/domain';
import { existingOn } from './network-rows';

const row = (id: string, existed: boolean) => ({ id, name: id, sector: Sector.PUBLIC, existed });
const tie = (a: string, b: string) => ({ a, b, kind: TieKind.RELATIONSHIP, weight: 1, trust: null, value: null });

describe('organisations of the network as at a day', () => {
  it('keeps those entered by then and those in a tie that held then, and drops the rest', () => {
    // "old" was entered before the day; "imported" and "partner" were entered later but were tied
    // on the day (history imported at once); "newcomer" was entered later and tied to nobody then.
    const rows = [row('old', true), row('imported', false), row('partner', false), row('newcomer', false)];
    expect(existingOn(rows, [tie('imported', 'partner')]).map((n) => n.id)).toEqual(['old', 'imported', 'partner']);
  });

  it('returns plain nodes, without the existed mark', () => {
    expect(existingOn([row('old', true)], [])).toEqual([{ id: 'old', name: 'old', sector: Sector.PUBLIC }]);
  });
});
