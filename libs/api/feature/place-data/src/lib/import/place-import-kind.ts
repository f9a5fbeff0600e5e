/** The official files Common Ground can bring in as places, aliases and postcodes. */
export enum PlaceImportKind {
  /** ONS boundaries (TopoJSON): countries, regions, counties, local authorities with geometry. */
  BOUNDARIES = 'boundaries',
  /** The ONS boundaries' changes.csv: former codes become aliases of their successors. */
  CODE_CHANGES = 'code-changes',
  /** mySociety's list of UK councils: types, regions, counties, former and register codes. */
  COUNCILS = 'councils',
  /** mySociety's LSOA → council lookup: moves each small area under its current council. */
  LSOA_COUNCILS = 'lsoa-councils',
  /** English Indices of Deprivation 2019 by LSOA (File 1, 2 or 6, gzip or not). */
  IOD_LSOA = 'iod-lsoa',
  /** IoD local authority summaries, 2019 or 2025 (trafforddatalab), into imd_domains. */
  IOD_LAD = 'iod-lad',
  /** The ONS National Statistics Postcode Lookup (NSPL). */
  POSTCODES = 'postcodes',
  /** An equal-area hex layout of local authorities (HexJSON, odd-r or even-r) for the place map. */
  HEX_LAYOUT = 'hex-layout',
}

export const PLACE_IMPORT_KINDS = Object.values(PlaceImportKind);

export function isPlaceImportKind(value: string): value is PlaceImportKind {
  return (PLACE_IMPORT_KINDS as string[]).includes(value);
}
