import { PlaceLevel } from './records';

/** ONS GSS code prefixes (entity codes) and the level of place each names. */
const PREFIX_LEVEL: Readonly<Record<string, PlaceLevel>> = {
  E92: PlaceLevel.COUNTRY, W92: PlaceLevel.COUNTRY, S92: PlaceLevel.COUNTRY, N92: PlaceLevel.COUNTRY,
  E12: PlaceLevel.REGION,
  E10: PlaceLevel.COUNTY,
  E47: PlaceLevel.COMBINED_AUTHORITY, E61: PlaceLevel.COMBINED_AUTHORITY,
  E06: PlaceLevel.LOCAL_AUTHORITY, E07: PlaceLevel.LOCAL_AUTHORITY, E08: PlaceLevel.LOCAL_AUTHORITY,
  E09: PlaceLevel.LOCAL_AUTHORITY, W06: PlaceLevel.LOCAL_AUTHORITY, S12: PlaceLevel.LOCAL_AUTHORITY,
  N09: PlaceLevel.LOCAL_AUTHORITY,
  E05: PlaceLevel.WARD, W05: PlaceLevel.WARD, S13: PlaceLevel.WARD, N08: PlaceLevel.WARD,
  E02: PlaceLevel.MSOA, W02: PlaceLevel.MSOA,
  E01: PlaceLevel.LSOA, W01: PlaceLevel.LSOA,
};

/** The level a GSS code names ("E06000016" → LOCAL_AUTHORITY), or undefined if it is not one we know. */
export function levelOfGssCode(code: string): PlaceLevel | undefined {
  if (!/^[ENSW]\d{8}$/.test(code)) return undefined;
  return PREFIX_LEVEL[code.slice(0, 3)];
}

/** ltree labels allow letters, digits and underscores only. */
export function pathLabel(code: string): string {
  return code.replace(/[^A-Za-z0-9_]/g, '_');
}
