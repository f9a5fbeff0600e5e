/** The sector an organisation works in; the "silo" measures compare these. */
export enum Sector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  VOLUNTARY_AND_COMMUNITY = 'VOLUNTARY_AND_COMMUNITY',
  GRASSROOTS_COMMUNITY = 'GRASSROOTS_COMMUNITY',
  ACADEMIC = 'ACADEMIC',
  FUNDER = 'FUNDER',
}

export enum OrganisationType {
  CHARITY = 'CHARITY',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  PUBLIC_BODY = 'PUBLIC_BODY',
  BUSINESS = 'BUSINESS',
  FUNDER = 'FUNDER',
  UNIVERSITY_OR_COLLEGE = 'UNIVERSITY_OR_COLLEGE',
  FAITH_GROUP = 'FAITH_GROUP',
  HOUSING_ASSOCIATION = 'HOUSING_ASSOCIATION',
  OTHER = 'OTHER',
}

/** Every organisation type maps to exactly one sector. */
export const SECTOR_OF_TYPE: Readonly<Record<OrganisationType, Sector>> = {
  [OrganisationType.CHARITY]: Sector.VOLUNTARY_AND_COMMUNITY,
  [OrganisationType.COMMUNITY_GROUP]: Sector.GRASSROOTS_COMMUNITY,
  [OrganisationType.SOCIAL_ENTERPRISE]: Sector.VOLUNTARY_AND_COMMUNITY,
  [OrganisationType.LOCAL_AUTHORITY]: Sector.PUBLIC,
  [OrganisationType.PUBLIC_BODY]: Sector.PUBLIC,
  [OrganisationType.BUSINESS]: Sector.PRIVATE,
  [OrganisationType.FUNDER]: Sector.FUNDER,
  [OrganisationType.UNIVERSITY_OR_COLLEGE]: Sector.ACADEMIC,
  [OrganisationType.FAITH_GROUP]: Sector.GRASSROOTS_COMMUNITY,
  [OrganisationType.HOUSING_ASSOCIATION]: Sector.VOLUNTARY_AND_COMMUNITY,
  [OrganisationType.OTHER]: Sector.VOLUNTARY_AND_COMMUNITY,
};

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  [Sector.PUBLIC]: 'Public sector',
  // 'sector' said, so beside visibility words it never reads as 'a private record' (issue #16).
  [Sector.PRIVATE]: 'Private sector',
  [Sector.VOLUNTARY_AND_COMMUNITY]: 'Voluntary and community',
  [Sector.GRASSROOTS_COMMUNITY]: 'Grassroots community',
  [Sector.ACADEMIC]: 'Academic',
  [Sector.FUNDER]: 'Funder',
};
