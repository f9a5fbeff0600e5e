/** Organisations, their identifiers and the places they serve. */

import { OrganisationType, SECTOR_OF_TYPE, Visibility } from '@cg/shared/domain';
import { INCOME_BANDS, organisationName, Theme, THEMES } from '../names';
import { SeededRandom } from '../random';
import { GRASSROOTS, slug, T, uniqueName } from './common';
import type { NetworkBuilder } from '../network-builder';

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

export function* buildOrganisations(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('organisations');
  const { geo, n } = net;
  const identifiers = new IdentifierMint(net.rng('identifiers'));
  const seenNames = new Map<string, number>();
  net.orgLa = new Int32Array(n);
  net.orgWard = new Int32Array(n);
  const councils = [
    ...geo.counties.map((county, index) => ({ kind: 'county' as const, index, name: `${county.name} County Council` })),
    ...geo.las.map((la, index) => ({
      kind: 'la' as const,
      index,
      name: `${la.name} ${la.unitary ? (index === 0 ? 'City Council' : 'Council') : index % 2 === 0 ? 'District Council' : 'Borough Council'}`,
    })),
  ];
  net.councilOfLa = geo.las.map(() => -1);
  net.councilOfCounty = geo.counties.map(() => -1);
  const otherTypes = Object.values(OrganisationType).filter((type) => type !== T.LOCAL_AUTHORITY);

  for (let i = 0; i < n; i++) {
    const council = i < councils.length ? councils[i] : null;
    const type = council ? T.LOCAL_AUTHORITY : i < councils.length + otherTypes.length ? otherTypes[i - councils.length] : random.weighted(TYPE_WEIGHTS);
    const id = net.id('organisations');
    let la: number;
    let homePlace: number;
    let served: number[] = [];
    let name: string;
    let theme: Theme;
    let themes: Theme[];
    let description: string;

    if (council) {
      la = council.kind === 'la' ? council.index : geo.counties[council.index].las[0];
      homePlace = geo.las[la].wards[0];
      served = [council.kind === 'la' ? geo.las[la].place : geo.counties[council.index].place];
      name = uniqueName(seenNames, council.name);
      theme = random.pick(THEMES);
      themes = net.themesAround(random, theme, 2);
      const area = council.kind === 'la' ? geo.las[la].name : geo.counties[council.index].name;
      description = `${name} is the local authority for ${area}: housing, social care, public health and community services.`;
      if (council.kind === 'la') net.councilOfLa[la] = i;
      else net.councilOfCounty[council.index] = i;
    } else {
      const lsoa = random.pick(geo.lsoas);
      la = geo.laOf[lsoa];
      const wardPlace = geo.wards[geo.wardOf[lsoa]].place;
      homePlace = random.chance(0.8) ? lsoa : wardPlace;
      theme = random.pick(THEMES);
      themes = net.themesAround(random, theme, random.int(0, 2));
      const countyName = geo.counties[geo.las[la].county].name;
      const town = townFor(net, random, type, lsoa, countyName);
      name = uniqueName(seenNames, organisationName(type, town, theme, random.int(0, 99)));
      description = `${name} works on ${theme.toLowerCase()} in and around ${town}.`;
      const servedCount = random.weighted([[0, 30], [1, 45], [2, 25]] as const);
      const candidates = [homePlace === lsoa ? wardPlace : -1, geo.las[la].place, random.pick(geo.las[la].wards), ...geo.las[la].customs].filter(
        (place) => place >= 0 && place !== homePlace,
      );
      served = [...new Set(random.sample(candidates, servedCount))];
    }

    const ward = geo.wardOf[homePlace];
    net.orgIds.push(id);
    net.orgType.push(type);
    net.orgName.push(name);
    net.orgLa[i] = la;
    net.orgWard[i] = ward;
    net.orgsByLa[la].push(i);
    const ofType = net.orgsByType.get(type) ?? [];
    ofType.push(i);
    net.orgsByType.set(type, ofType);

    const hasWebsite = council !== null || random.chance(GRASSROOTS.includes(type) ? 0.55 : 0.88);
    const domain = hasWebsite ? `${slug(name)}.example` : null;
    net.orgDomain.push(domain);
    const band = incomeBand(random, type, council !== null);
    const county = geo.counties[geo.las[la].county];
    const district = 1 + county.las.indexOf(la) * 2 + random.int(0, 1);
    net.emit('organisations', {
      id,
      ownerOrganisationId: id,
      visibility: Visibility.PUBLIC,
      name,
      type,
      sector: SECTOR_OF_TYPE[type],
      description,
      website: domain ? `https://www.${domain}` : null,
      email: domain ? (random.chance(0.9) ? `${random.pick(['hello', 'info', 'enquiries', 'office'])}@${domain}` : null) : random.chance(0.35) ? `${slug(name).slice(0, 30)}@mail.example` : null,
      phone: random.chance(0.6) ? `01632 960${String(random.int(0, 999)).padStart(3, '0')}` : null,
      postcode: `${county.postcodeArea}${district} ${random.int(1, 9)}${letter(random)}${letter(random)}`,
      homePlaceId: geo.places[homePlace].id,
      themes,
      incomeBand: band,
      size: organisationSize(random, type, band),
    });
    identifiers.forOrganisation(type, name, (scheme, identifier, isPrimary) =>
      net.emit('organisationIdentifiers', { id: net.id('organisationIdentifiers'), organisationId: id, scheme, identifier, isPrimary }),
    );
    for (const place of served) net.emit('organisationPlaces', { organisationId: id, placeId: geo.places[place].id });
    yield* net.pause();
  }
}

function townFor(net: NetworkBuilder, random: SeededRandom, type: OrganisationType, lsoa: number, county: string): string {
  const laName = net.geo.las[net.geo.laOf[lsoa]].name;
  const locality = net.geo.wards[net.geo.wardOf[lsoa]].locality;
  switch (type) {
    case T.FUNDER:
      return random.chance(0.3) ? county : laName;
    case T.PUBLIC_BODY:
    case T.UNIVERSITY_OR_COLLEGE:
    case T.HOUSING_ASSOCIATION:
      return laName;
    case T.BUSINESS:
    case T.CHARITY:
      return random.chance(0.5) ? laName : locality;
    default:
      return locality;
  }
}

function incomeBand(random: SeededRandom, type: OrganisationType, council: boolean): string | null {
  if (council) return INCOME_BANDS[5];
  if (random.chance(0.1)) return null;
  const range: Record<OrganisationType, [number, number]> = {
    CHARITY: [0, 5], COMMUNITY_GROUP: [0, 1], SOCIAL_ENTERPRISE: [1, 3], LOCAL_AUTHORITY: [1, 5], PUBLIC_BODY: [4, 5],
    BUSINESS: [2, 5], FUNDER: [2, 5], UNIVERSITY_OR_COLLEGE: [5, 5], FAITH_GROUP: [0, 2], HOUSING_ASSOCIATION: [4, 5], OTHER: [0, 2],
  };
  const [low, high] = range[type];
  return INCOME_BANDS[random.int(low, high)];
}

function organisationSize(random: SeededRandom, type: OrganisationType, band: string | null): string | null {
  if (band === null || random.chance(0.1)) return null;
  const index = INCOME_BANDS.indexOf(band as (typeof INCOME_BANDS)[number]);
  const large = [T.LOCAL_AUTHORITY, T.PUBLIC_BODY, T.UNIVERSITY_OR_COLLEGE, T.HOUSING_ASSOCIATION, T.BUSINESS].includes(type);
  const top = large ? random.int(150, 3000) : random.int(25, 90);
  const staff = [0, random.int(0, 2), random.int(2, 10), random.int(8, 30), random.int(20, 120), top][index];
  const volunteers = random.int(3, 80);
  return staff === 0 ? `Volunteer-run (${volunteers} volunteers)` : `${staff} staff, ${volunteers} volunteers`;
}

function letter(random: SeededRandom): string {
  return 'ABDEFGHJLNPQRSTUWXYZ'[random.int(0, 19)];
}

/** Unique org-id identifiers of the right list for each type of organisation. */
class IdentifierMint {
  private charity: number;
  private company: number;
  private ukprn: number;
  private housing: number;
  private mutual: number;
  private government = 0;
  private authority = 0;
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {
    this.charity = 1_100_000 + random.int(0, 40_000);
    this.company = 5_000_000 + random.int(0, 400_000);
    this.ukprn = 10_000_000 + random.int(0, 5_000);
    this.housing = random.int(0, 9_000);
    this.mutual = 20_000 + random.int(0, 5_000);
  }

  forOrganisation(type: OrganisationType, name: string, emit: (scheme: string, identifier: string, isPrimary: boolean) => void): void {
    const r = this.random;
    const out: [string, string][] = [];
    switch (type) {
      case T.CHARITY:
        out.push(['GB-CHC', this.nextCharity()]);
        if (r.chance(0.35)) out.push(['GB-COH', this.nextCompany()]);
        break;
      case T.FUNDER:
        if (r.chance(0.85)) out.push(['GB-CHC', this.nextCharity()]);
        if (out.length === 0 || r.chance(0.4)) out.push(['GB-COH', this.nextCompany()]);
        break;
      case T.FAITH_GROUP:
        if (r.chance(0.5)) out.push(['GB-CHC', this.nextCharity()]);
        break;
      case T.COMMUNITY_GROUP:
        if (r.chance(0.12)) out.push(['GB-CHC', this.nextCharity()]);
        break;
      case T.OTHER:
        if (r.chance(0.3)) out.push(['GB-COH', this.nextCompany()]);
        else if (r.chance(0.25)) out.push(['GB-CHC', this.nextCharity()]);
        break;
      case T.SOCIAL_ENTERPRISE:
      case T.BUSINESS:
        out.push(['GB-COH', this.nextCompany()]);
        break;
      case T.LOCAL_AUTHORITY:
        out.push(['GB-LAE', this.nextAuthority(name)]);
        break;
      case T.UNIVERSITY_OR_COLLEGE:
        out.push(['GB-UKPRN', String((this.ukprn += r.int(1, 9)))]);
        break;
      case T.HOUSING_ASSOCIATION:
        out.push(['GB-SHPE', this.nextHousing()]);
        if (r.chance(0.35)) out.push(['GB-MPR', `${(this.mutual += r.int(1, 7))}R`]);
        break;
      case T.PUBLIC_BODY:
        if (r.chance(0.6)) out.push(['GB-GOR', this.nextGovernment()]);
        break;
    }
    out.forEach(([scheme, value], index) => {
      const identifier = `${scheme}-${value}`;
      if (this.used.has(identifier)) throw new Error(`Generated a duplicate identifier ${identifier}.`);
      this.used.add(identifier);
      emit(scheme, identifier, index === 0);
    });
  }

  private nextCharity(): string {
    return String((this.charity += this.random.int(1, 4)));
  }

  private nextCompany(): string {
    return String((this.company += this.random.int(1, 40))).padStart(8, '0');
  }

  private nextHousing(): string {
    this.housing += this.random.int(1, 3);
    const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
    return `${letters[Math.floor(this.housing / 10_000) % letters.length]}${String(this.housing % 10_000).padStart(4, '0')}`;
  }

  private nextGovernment(): string {
    const k = this.government++;
    const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
    return `P${letters[Math.floor(k / 9999) % letters.length]}${(k % 9999) + 1}`;
  }

  /** Three or four capitals: from the council's name where free, else the next unused code. */
  private nextAuthority(name: string): string {
    const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
    for (const candidate of [letters.slice(0, 3), letters.slice(0, 4), letters[0] + letters.slice(-2)]) {
      if (candidate.length >= 3 && !this.used.has(`GB-LAE-${candidate}`)) return candidate;
    }
    for (;;) {
      let k = 18_000 + this.authority++ * 7;
      let code = '';
      for (let i = 0; i < 4; i++) {
        code = String.fromCharCode(65 + (k % 26)) + code;
        k = Math.floor(k / 26);
      }
      if (!this.used.has(`GB-LAE-${code}`)) return code;
    }
  }
}
