import { Sector } from '@cg/shared/domain';

/** One organisation of a sector, as a sentence names it ("a grassroots community group"). */
export const SECTOR_NOUN: Readonly<Record<Sector, { one: string; many: string }>> = {
  [Sector.GRASSROOTS_COMMUNITY]: { one: 'grassroots community group', many: 'grassroots community groups' },
  [Sector.VOLUNTARY_AND_COMMUNITY]: { one: 'voluntary organisation', many: 'voluntary organisations' },
  [Sector.PUBLIC]: { one: 'public body', many: 'public bodies' },
  [Sector.PRIVATE]: { one: 'business', many: 'businesses' },
  [Sector.ACADEMIC]: { one: 'university or college', many: 'universities or colleges' },
  [Sector.FUNDER]: { one: 'funder', many: 'funders' },
};

/** The sector before "partners" or "members" ("no grassroots partners"). */
export const SECTOR_ADJECTIVE: Readonly<Record<Sector, string>> = {
  [Sector.GRASSROOTS_COMMUNITY]: 'grassroots',
  [Sector.VOLUNTARY_AND_COMMUNITY]: 'voluntary sector',
  [Sector.PUBLIC]: 'public sector',
  [Sector.PRIVATE]: 'private sector',
  [Sector.ACADEMIC]: 'academic',
  [Sector.FUNDER]: 'funder',
};

/** "Food", "Food and Housing", "Food, Housing and 2 more". */
export function listInWords(items: readonly string[], most = 2): string {
  if (items.length <= most) return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
}

/** Joins clauses into one sentence: capital first letter, full stop. */
export function sentence(clauses: readonly string[]): string {
  const text = clauses.filter(Boolean).join('; ');
  return text ? `${text[0].toUpperCase()}${text.slice(1)}.` : '';
}
