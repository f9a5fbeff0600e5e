import { SortDirection } from './sort-direction';
import { MAX_SORT_KEYS, SortSpec, toSortSpecs } from './sort-spec';
import { DomainError } from '@cg/shared/domain';

enum Field {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  POSTCODE = 'POSTCODE',
}
const columns = {
  NAME: 'lower(o.name)',
  CREATED_AT: 'o.created_at',
  POSTCODE: { sql: 'o.postcode', nulls: 'LAST' as const },
};
const fallback: SortSpec[] = [{ sql: 'o.created_at', direction: SortDirection.DESC }];

describe('toSortSpecs', () => {
  it('maps each sort field to its SQL, ascending unless told otherwise', () => {
    expect(
      toSortSpecs(
        [
          { field: Field.NAME, direction: SortDirection.DESC },
          { field: Field.POSTCODE },
          { field: Field.CREATED_AT, direction: null },
        ],
        columns,
      ),
    ).toEqual([
      { sql: 'lower(o.name)', direction: 'DESC' },
      { sql: 'o.postcode', direction: 'ASC', nulls: 'LAST' },
      { sql: 'o.created_at', direction: 'ASC' },
    ]);
  });

  it('falls back to the default order when the client gives none', () => {
    expect(toSortSpecs(undefined, columns, fallback)).toEqual(fallback);
    expect(toSortSpecs([], columns, fallback)).toEqual(fallback);
  });

  it('lets the first mention of a field decide', () => {
    expect(toSortSpecs([{ field: Field.NAME }, { field: Field.NAME, direction: SortDirection.DESC }], columns)).toEqual(
      [{ sql: 'lower(o.name)', direction: 'ASC' }],
    );
  });

  it('refuses more keys than an index could serve', () => {
    const many = Array.from({ length: MAX_SORT_KEYS + 1 }, () => ({ field: Field.NAME }));
    expect(() => toSortSpecs(many, columns)).toThrow(DomainError);
  });
});
