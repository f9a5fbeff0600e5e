import {
  affiliationPeriod,
  hasEnded,
  sortAffiliations,
  toAffiliationFields,
} from './affiliation-fields';

describe('affiliation fields', () => {
  it('sends dates as ISO days and a blank title as null', () => {
    expect(toAffiliationFields({ title: '  ', fromDate: new Date(2025, 3, 1), toDate: null, isPrimary: true })).toEqual(
      {
        title: null,
        fromDate: '2025-04-01',
        toDate: null,
        isPrimary: true,
      },
    );
  });

  it('says the period in UK dates', () => {
    expect(affiliationPeriod({ fromDate: '2024-04-01', toDate: '2025-03-31' })).toBe('01/04/2024 to 31/03/2025');
    expect(affiliationPeriod({ fromDate: '2024-04-01', toDate: null })).toBe('Since 01/04/2024');
    expect(affiliationPeriod({ fromDate: null, toDate: '2025-03-31' })).toBe('Until 31/03/2025');
    expect(affiliationPeriod({ fromDate: null, toDate: null })).toBe('Dates not recorded');
  });

  it('counts an affiliation as ended only after its last day', () => {
    expect(hasEnded({ toDate: '2026-05-01' }, '2026-05-01')).toBe(false);
    expect(hasEnded({ toDate: '2026-04-30' }, '2026-05-01')).toBe(true);
    expect(hasEnded({ toDate: null }, '2026-05-01')).toBe(false);
  });

  it('puts current ones first, the primary one at the top', () => {
    const org = (name: string) => ({ id: name, name });
    const sorted = sortAffiliations(
      [
        { toDate: '2020-01-01', isPrimary: false, organisation: org('Old') },
        { toDate: null, isPrimary: false, organisation: org('Second') },
        { toDate: null, isPrimary: true, organisation: org('Main') },
      ],
      '2026-05-01',
    );
    expect(sorted.map((a) => a.organisation.name)).toEqual(['Main', 'Second', 'Old']);
  });
});
