import { OrganisationType, SECTOR_OF_TYPE, Sector } from './organisation-type';

describe('SECTOR_OF_TYPE', () => {
  it('places every organisation type in a sector', () => {
    for (const type of Object.values(OrganisationType)) {
      expect(Object.values(Sector)).toContain(SECTOR_OF_TYPE[type]);
    }
  });

  it('treats community and faith groups as grassroots, councils as public', () => {
    expect(SECTOR_OF_TYPE[OrganisationType.COMMUNITY_GROUP]).toBe(Sector.GRASSROOTS_COMMUNITY);
    expect(SECTOR_OF_TYPE[OrganisationType.FAITH_GROUP]).toBe(Sector.GRASSROOTS_COMMUNITY);
    expect(SECTOR_OF_TYPE[OrganisationType.LOCAL_AUTHORITY]).toBe(Sector.PUBLIC);
  });
});
