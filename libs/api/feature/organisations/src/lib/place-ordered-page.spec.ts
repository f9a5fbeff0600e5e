import { OrganisationFilter, OrganisationSortField } from './organisation-list.types';
import { placeOrderedIds } from './place-ordered-page';

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
  });

  it('leaves every other request to the general plan', () => {
    expect(placeOrderedIds(null, null, null)).toBeNull();
    expect(placeOrderedIds({} as OrganisationFilter, null, null)).toBeNull();
    expect(placeOrderedIds(filter({ includeArchived: true }), null, null)).toBeNull();
    expect(placeOrderedIds(filter({ name: { contains: 'food' } }), null, null)).toBeNull();
    expect(placeOrderedIds(filter({ themes: { any: ['food'] } }), null, null)).toBeNull();
    expect(placeOrderedIds(filter(), [{ field: OrganisationSortField.NAME }], null)).toBeNull();
    expect(placeOrderedIds(filter(), null, 'harowby')).toBeNull();
  });
});
