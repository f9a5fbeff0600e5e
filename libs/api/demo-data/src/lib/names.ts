import { OrganisationType } from '@cg/shared/domain';

/** Fictional places of the demo county, Wyvernshire; any likeness to real places is chance. */
export const TOWNS = [
  'Wyvernham', 'Harrowby', 'Castlemere', 'Oakbridge', 'Thornfield', 'Ashcombe', 'Millbrook', 'Kestrel Vale',
  'Fenwick', 'Saltmarsh', 'Brackenford', 'Holloway Cross', 'Eldermoor', 'Stonegate', 'Rookwood', 'Larkhill Green',
] as const;

const THEMES = [
  'Food', 'Youth', 'Carers', 'Older People', 'Refugee', 'Mental Health', 'Employment', 'Housing', 'Arts',
  'Sports', 'Green Spaces', 'Family', 'Digital', 'Advice', 'Recovery', 'Heritage',
] as const;

const PATTERNS: Record<OrganisationType, readonly string[]> = {
  CHARITY: ['{town} {theme} Trust', '{town} {theme} Network', '{theme} Action {town}', '{town} Cares'],
  COMMUNITY_GROUP: ['Friends of {town} Park', '{town} Residents Association', '{town} {theme} Circle'],
  SOCIAL_ENTERPRISE: ['{town} {theme} CIC', '{theme} Works {town}', '{town} Community Kitchen CIC'],
  LOCAL_AUTHORITY: ['{town} Borough Council', '{town} District Council', '{town} Town Council'],
  PUBLIC_BODY: ['{town} Integrated Care Partnership', '{town} Jobcentre Partnership', '{town} Fire and Rescue'],
  BUSINESS: ['{town} Logistics Ltd', '{town} Building Society', '{town} Engineering Ltd', '{town} Bakery Ltd'],
  FUNDER: ['{town} Community Foundation', 'The {town} Fund', '{town} {theme} Endowment'],
  UNIVERSITY_OR_COLLEGE: ['University of {town}', '{town} College', '{town} Sixth Form College'],
  FAITH_GROUP: ['St Mary\'s {town}', '{town} Mosque Community Centre', '{town} Gurdwara', '{town} Baptist Church'],
  HOUSING_ASSOCIATION: ['{town} Homes', '{town} Housing Group', '{town} Housing Co-operative'],
  OTHER: ['{town} Together', '{town} {theme} Forum'],
};

export function organisationName(type: OrganisationType, town: string, theme: string, serial: number): string {
  const pattern = PATTERNS[type][serial % PATTERNS[type].length];
  return pattern.replace('{town}', town).replace('{theme}', theme);
}

export { THEMES };
