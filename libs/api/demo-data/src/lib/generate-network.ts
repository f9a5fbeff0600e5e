import { OrganisationType, SECTOR_OF_TYPE, Sector } from '@cg/shared/domain';
import { organisationName, THEMES, TOWNS } from './names';
import { SeededRandom } from './random';

export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  sector: Sector;
  description: string;
  postcode: string;
}

export interface DemoNetwork {
  organisations: DemoOrganisation[];
}

export interface GenerateOptions {
  organisations: number;
  seed?: number;
}

/** Rough mix of a county's voluntary, public and private landscape. */
const TYPE_WEIGHTS: [OrganisationType, number][] = [
  [OrganisationType.CHARITY, 30],
  [OrganisationType.COMMUNITY_GROUP, 20],
  [OrganisationType.SOCIAL_ENTERPRISE, 8],
  [OrganisationType.LOCAL_AUTHORITY, 4],
  [OrganisationType.PUBLIC_BODY, 5],
  [OrganisationType.BUSINESS, 10],
  [OrganisationType.FUNDER, 4],
  [OrganisationType.UNIVERSITY_OR_COLLEGE, 3],
  [OrganisationType.FAITH_GROUP, 7],
  [OrganisationType.HOUSING_ASSOCIATION, 5],
  [OrganisationType.OTHER, 4],
];

/**
 * A deterministic fictional county network. Every type appears at least once,
 * and names stay unique however many organisations are asked for.
 */
export function generateNetwork({ organisations: count, seed = 2026 }: GenerateOptions): DemoNetwork {
  const random = new SeededRandom(seed);
  const types = Object.values(OrganisationType);
  const totalWeight = TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const seen = new Map<string, number>();
  const organisations: DemoOrganisation[] = [];

  for (let i = 0; i < count; i++) {
    const type = i < types.length ? types[i] : weightedType(random.next() * totalWeight, totalWeight);
    const town = random.pick(TOWNS);
    const theme = random.pick(THEMES);
    const base = organisationName(type, town, theme, random.int(0, 99));
    const repeats = seen.get(base) ?? 0;
    seen.set(base, repeats + 1);
    const name = repeats === 0 ? base : `${base} (${romanNumeral(repeats + 1)})`;
    organisations.push({
      name,
      type,
      sector: SECTOR_OF_TYPE[type],
      description: `${name} works on ${theme.toLowerCase()} in and around ${town}.`,
      postcode: `WY${random.int(1, 24)} ${random.int(1, 9)}${letter(random)}${letter(random)}`,
    });
  }
  return { organisations };
}

function weightedType(roll: number, _total: number): OrganisationType {
  for (const [type, weight] of TYPE_WEIGHTS) {
    if (roll < weight) return type;
    roll -= weight;
  }
  return OrganisationType.OTHER;
}

function letter(random: SeededRandom): string {
  return 'ABDEFGHJLNPQRSTUWXYZ'[random.int(0, 19)];
}

function romanNumeral(n: number): string {
  // Beyond small numbers a plain number reads better than long numerals.
  const small = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return n < small.length ? small[n] : String(n);
}
