import { OrganisationFilter, OrganisationSortField } from './organisation-list.types';
import { filterBesideCandidates, placeOrderedIds, themesAsked } from './place-ordered-page';

const county = '00000000-0000-4000-8000-000000000001';
const ward = '00000000-0000-4000-8000-000000000002';
const filter = (extra: Partial<OrganisationFilter> = {}) =>
  ({ withinPlace: { eq: county }, ...extra }) as OrganisationFilter;

describe('placeOrderedIds', () => {
  it('takes the ordered place table for the default order of live organisations inside places', () => {
    expect(placeOrderedIds(filter(), null, null)).toEqual([county]);
    expect(placeOrderedIds({ withinPlace: { in: [county, ward] } } as OrganisationFilter, [], '  ')).toEqual([
      county,
      ward,
    ]);
    expect(
      placeOrderedIds(filter({ sector: { eq: 'PUBLIC' } } as Partial<OrganisationFilter>), undefined, undefined),
    ).toEqual([county]);
    expect(placeOrderedIds(filter({ themes: { any: ['Food'] } }), null, null)).toEqual([county]);
  });

  it('asks the candidates for the theme lists given, and leaves them out of the filter the page applies', () => {
    expect(themesAsked(filter())).toBeNull();
    expect(themesAsked(filter({ themes: {} }))).toBeNull();
    expect(themesAsked(filter({ themes: { any: ['Food'] } }))).toEqual({ any: ['Food'], all: null });
    expect(themesAsked(filter({ themes: { all: ['Food', 'Youth'], any: [] } }))).toEqual({
      any: [],
      all: ['Food', 'Youth'],
    });
    const sector = { eq: 'PUBLIC' } as OrganisationFilter['sector'];
    expect(filterBesideCandidates(filter({ sector, themes: { any: ['Food'] } }))).toEqual({
      sector,
      withinPlace: undefined,
      themes: undefined,
    });
  });

  it('leaves every other request to the general plan', () => {
    expect(placeOrderedIds(null, null, null)).toBeNull();
    expect(placeOrderedIds({} as OrganisationFilter, null, null)).toBeNull();
    expect(placeOrderedIds(filter({ includeArchived: true }), null, null)).toBeNull();
    expect(placeOrderedIds(filter({ name: { contains: 'food' } }), null, null)).toBeNull();
    expect(placeOrderedIds(filter(), [{ field: OrganisationSortField.NAME }], null)).toBeNull();
    expect(placeOrderedIds(filter(), null, 'harowby')).toBeNull();
  });
});
