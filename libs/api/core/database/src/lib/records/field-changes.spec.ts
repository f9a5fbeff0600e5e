import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists only the fields that changed, with before and after', () => {
    const before = { name: 'Harrowby Cares', themes: ['Food'], version: 1, website: null };
    const after = { name: 'Harrowby Cares', themes: ['Food', 'Youth'], version: 2, website: 'https://hc.example' };
    expect(fieldChanges(before, after)).toEqual({
      themes: { before: ['Food'], after: ['Food', 'Youth'] },
      website: { before: null, after: 'https://hc.example' },
    });
  });

  it('records every field of a new record as changed from nothing', () => {
    expect(fieldChanges(null, { name: 'New' })).toEqual({ name: { before: null, after: 'New' } });
  });

  it('compares dates by value', () => {
    const day = '2025-04-01T00:00:00.000Z';
    expect(fieldChanges({ archivedAt: new Date(day) }, { archivedAt: new Date(day) })).toEqual({});
  });
});
