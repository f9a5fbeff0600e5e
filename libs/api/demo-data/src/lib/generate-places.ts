import { pathLabel, PlaceLevel, Visibility } from '@cg/shared/domain';
import { IdFactory } from './ids';
import { COMPASS, COUNTY, ESTATES, PLACE_ENDINGS, PLACE_STEMS, REGION_NAMES, TOWNS, WARD_AREAS } from './names';
import { SeededRandom } from './random';
import { PlaceRow } from './tables';

/** LSOAs in England in the 2019 Indices of Deprivation: rank 1 is the most deprived. */
export const IMD_LSOAS = 32_844;

export interface CountyInfo {
  place: number;
  name: string;
  postcodeArea: string;
  las: number[];
}

export interface LaInfo {
  place: number;
  name: string;
  county: number;
  unitary: boolean;
  wards: number[];
  lsoas: number[];
  customs: number[];
}

export interface WardInfo {
  place: number;
  la: number;
  /** The town or neighbourhood a ward is named after, for organisation names. */
  locality: string;
  lsoas: number[];
  customs: number[];
}

/** The geography of a generated network: rows plus the indexes later parts need. */
export interface Geography {
  places: PlaceRow[];
  /** For every place: its local authority (index into `las`), or -1 above that level. */
  laOf: Int32Array;
  /** For every place: its ward (index into `wards`), or -1 above that level. */
  wardOf: Int32Array;
  /** For every place: its IMD decile where known, else 0. */
  decileOf: Uint8Array;
  country: number;
  regions: number[];
  counties: CountyInfo[];
  las: LaInfo[];
  wards: WardInfo[];
  lsoas: number[];
  customs: number[];
}

/** LSOAs for a network of `organisations`: about one per six organisations, at least a county's worth, at most England's. */
export function lsoaTarget(organisations: number): number {
  return Math.max(100, Math.min(33_000, Math.round(organisations / 6)));
}

/**
 * Country → region → county → local authority → ward → MSOA → LSOA, with GSS-style
 * codes (fictional 9xxxxx numbers below the region), ltree paths of codes, population,
 * and IMD 2019 ranks and deciles that vary by local authority; plus a few custom places.
 */
export function generateGeography(organisations: number, random: SeededRandom, ids: IdFactory): Geography {
  const places: PlaceRow[] = [];
  const laOf: number[] = [];
  const wardOf: number[] = [];
  const decileOf: number[] = [];
  const names = new PlaceNames(random);

  const add = (code: string, name: string, level: PlaceLevel, parent: number, la = -1, ward = -1): number => {
    const parentRow = parent >= 0 ? places[parent] : null;
    places.push({
      id: ids.next(),
      ownerOrganisationId: null,
      visibility: Visibility.PUBLIC,
      code,
      name,
      level,
      parentId: parentRow ? parentRow.id : null,
      path: parentRow ? `${parentRow.path}.${pathLabel(code)}` : pathLabel(code),
      population: null,
      imdRank: null,
      imdDecile: null,
      imdDomains: null,
      boundary: null,
      hexQ: null,
      hexR: null,
    });
    laOf.push(la);
    wardOf.push(ward);
    decileOf.push(0);
    return places.length - 1;
  };

  const target = lsoaTarget(organisations);
  const laCount = Math.max(3 + random.int(0, 1), Math.round(target / 110));
  const countyCount = Math.ceil(laCount / 10);
  const regionCount = Math.min(REGION_NAMES.length, Math.ceil(countyCount / 4));

  const country = add('E92000001', 'England', PlaceLevel.COUNTRY, -1);
  const regionCodes = [4, 1, 2, 3, 5, 6, 7, 8, 9];
  const regions = Array.from({ length: regionCount }, (_, r) => add(`E1200000${regionCodes[r]}`, REGION_NAMES[r], PlaceLevel.REGION, country));

  const counties: CountyInfo[] = [];
  for (let c = 0; c < countyCount; c++) {
    const name = c === 0 ? COUNTY : names.county();
    const place = add(`E10${900001 + c}`, name, PlaceLevel.COUNTY, regions[Math.floor((c * regionCount) / countyCount)]);
    counties.push({ place, name, postcodeArea: c === 0 ? 'WY' : postcodeArea(name, c), las: [] });
  }

  const las: LaInfo[] = [];
  const wards: WardInfo[] = [];
  const lsoas: number[] = [];
  const customs: number[] = [];
  const laDeprivation: number[] = [];
  let unitaries = 0;
  let districts = 0;
  let wardCode = 0;
  let msoaCode = 0;
  let lsoaCode = 0;

  for (let a = 0; a < laCount; a++) {
    const county = Math.floor((a * countyCount) / laCount);
    const unitary = a === 0 || (a >= 4 && random.chance(0.25));
    const code = unitary ? `E06${900001 + unitaries++}` : `E07${900001 + districts++}`;
    const name = names.la(a);
    const laIndex = las.length;
    const place = add(code, name, PlaceLevel.LOCAL_AUTHORITY, counties[county].place, laIndex);
    const la: LaInfo = { place, name, county, unitary, wards: [], lsoas: [], customs: [] };
    las.push(la);
    counties[county].las.push(laIndex);
    // The county town is the most deprived; other districts range from deprived to comfortable.
    laDeprivation.push(a === 0 ? 3.2 : random.between(3.5, 8));

    const share = (target / laCount) * random.between(0.75, 1.25);
    const wardCount = Math.max(4, Math.round(share / 6));
    let msoaInLa = 0;
    const localities = names.wardLocalities(name, wardCount);
    for (let w = 0; w < wardCount; w++) {
      const locality = localities[w];
      const wardName = w < 2 ? `${name} ${COMPASS[w]}` : locality;
      const wardIndex = wards.length;
      const wardPlace = add(`E05${900001 + wardCode++}`, wardName, PlaceLevel.WARD, place, laIndex, wardIndex);
      const ward: WardInfo = { place: wardPlace, la: laIndex, locality: w < 2 ? name : locality, lsoas: [], customs: [] };
      wards.push(ward);
      la.wards.push(wardPlace);
      const msoas = random.chance(0.5) ? 2 : 1;
      for (let m = 0; m < msoas; m++) {
        msoaInLa++;
        const msoaName = `${name} ${String(msoaInLa).padStart(3, '0')}`;
        const msoa = add(`E02${900001 + msoaCode++}`, msoaName, PlaceLevel.MSOA, wardPlace, laIndex, wardIndex);
        const count = random.int(3, 5);
        for (let l = 0; l < count; l++) {
          const lsoa = add(`E01${900001 + lsoaCode++}`, `${msoaName}${'ABCDEFGH'[l]}`, PlaceLevel.LSOA, msoa, laIndex, wardIndex);
          const row = places[lsoa];
          row.population = random.int(1100, 2600);
          const decile = clamp(Math.round(random.normal(laDeprivation[a], 2.2)), 1, 10);
          decileOf[lsoa] = decile;
          ward.lsoas.push(lsoa);
          la.lsoas.push(lsoa);
          lsoas.push(lsoa);
        }
      }
    }
  }

  // Every decile appears: a county has both its most deprived and its most comfortable corners.
  const byDecile = new Map<number, number[]>();
  for (const lsoa of lsoas) byDecile.set(decileOf[lsoa], [...(byDecile.get(decileOf[lsoa]) ?? []), lsoa]);
  for (let decile = 1; decile <= 10; decile++) {
    if (byDecile.has(decile)) continue;
    const [commonest, members] = [...byDecile.entries()].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])[0];
    const moved = members.pop() as number;
    byDecile.set(decile, [moved]);
    byDecile.set(commonest, members);
    decileOf[moved] = decile;
  }
  for (const lsoa of lsoas) {
    const row = places[lsoa];
    const decile = decileOf[lsoa];
    row.imdDecile = decile;
    row.imdRank = Math.floor((decile - 1) * (IMD_LSOAS / 10)) + 1 + random.int(0, Math.floor(IMD_LSOAS / 10) - 1);
    const domain = () => clamp(decile + random.int(-2, 2), 1, 10);
    row.imdDomains = {
      incomeDecile: domain(),
      employmentDecile: domain(),
      educationDecile: domain(),
      healthDecile: domain(),
      crimeDecile: domain(),
      barriersDecile: domain(),
      livingEnvironmentDecile: domain(),
    };
  }

  // A few places communities define themselves: estates and neighbourhoods inside wards.
  const customCount = random.int(2, 3) + Math.floor(wards.length / 40);
  const deprivedWards = wards
    .map((ward, index) => ({ index, decile: mean(ward.lsoas.map((l) => decileOf[l])) }))
    .sort((x, y) => x.decile - y.decile || x.index - y.index)
    .slice(0, Math.max(customCount * 2, 1));
  const chosen = random.sample(deprivedWards, customCount);
  chosen.forEach(({ index }, i) => {
    const ward = wards[index];
    const name = i % 3 === 1 ? `${ward.locality} Old Town` : `${ESTATES[i % ESTATES.length]} Estate, ${ward.locality}`;
    // Coded like the places a community adds in the app: the parent's code and a slug of the name.
    const code = `${places[ward.place].code}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30)}`;
    const custom = add(code, name, PlaceLevel.CUSTOM, ward.place, ward.la, index);
    const inside = random.sample(ward.lsoas, 2);
    places[custom].population = inside.reduce((sum, lsoa) => sum + (places[lsoa].population ?? 0), 0);
    decileOf[custom] = Math.min(...inside.map((lsoa) => decileOf[lsoa]));
    ward.customs.push(custom);
    las[ward.la].customs.push(custom);
    customs.push(custom);
  });

  aggregate(places, decileOf);
  return {
    places,
    laOf: Int32Array.from(laOf),
    wardOf: Int32Array.from(wardOf),
    decileOf: Uint8Array.from(decileOf),
    country,
    regions,
    counties,
    las,
    wards,
    lsoas,
    customs,
  };
}

/** Populations add up the tree; wards, MSOAs and local authorities get a population-weighted decile. */
function aggregate(places: PlaceRow[], decileOf: number[]): void {
  const index = new Map(places.map((place, i) => [place.id, i]));
  const population = new Float64Array(places.length);
  const weighted = new Float64Array(places.length);
  for (let i = places.length - 1; i >= 0; i--) {
    const place = places[i];
    if (place.level === PlaceLevel.CUSTOM) continue;
    if (place.level === PlaceLevel.LSOA) {
      population[i] = place.population ?? 0;
      weighted[i] = population[i] * decileOf[i];
    }
    const parent = place.parentId ? (index.get(place.parentId) as number) : -1;
    if (parent >= 0) {
      population[parent] += population[i];
      weighted[parent] += weighted[i];
    }
  }
  places.forEach((place, i) => {
    if (place.level === PlaceLevel.LSOA || place.level === PlaceLevel.CUSTOM) return;
    place.population = population[i];
    if (place.level === PlaceLevel.WARD || place.level === PlaceLevel.MSOA || place.level === PlaceLevel.LOCAL_AUTHORITY) {
      const decile = clamp(Math.round(weighted[i] / population[i]), 1, 10);
      place.imdDecile = decile;
      decileOf[i] = decile;
    }
  });
}

/** Fictional names, unique where they must be: the demo county's towns first, then made-up ones. */
class PlaceNames {
  private readonly used = new Set<string>();
  private readonly towns: string[];

  constructor(private readonly random: SeededRandom) {
    this.towns = random.shuffle(TOWNS);
  }

  county(): string {
    return this.invent((stem) => `${stem}shire`);
  }

  la(index: number): string {
    const town = index < 4 ? this.towns[index] : undefined;
    if (town) {
      this.used.add(town);
      return town;
    }
    return this.invent((stem, ending) => `${stem}${ending}`);
  }

  /** Names for a local authority's wards; the first two are named after the town itself. */
  wardLocalities(la: string, count: number): string[] {
    const result = [la, la];
    const spareTowns = this.towns.filter((town) => !this.used.has(town));
    const pool = this.random.shuffle([...spareTowns.slice(0, 3), ...WARD_AREAS]);
    for (const town of spareTowns.slice(0, 3)) this.used.add(town);
    for (let i = 2; i < count; i++) {
      const base = pool[(i - 2) % pool.length];
      const round = Math.floor((i - 2) / pool.length);
      result.push(round === 0 ? base : `${base} ${COMPASS[1 + ((round - 1) % 4)]}${round > 4 ? ` ${round}` : ''}`);
    }
    return result;
  }

  private invent(shape: (stem: string, ending: string) => string): string {
    for (let attempt = 0; ; attempt++) {
      const stem = this.random.pick(PLACE_STEMS);
      const ending = this.random.pick(PLACE_ENDINGS);
      const base = shape(stem, ending);
      const name = attempt < 50 ? base : `${base} ${['Magna', 'Parva', 'Regis', 'St Giles', 'on Sea'][attempt % 5]}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

function postcodeArea(name: string, index: number): string {
  const letters = 'ABCDEFGHJKLMNOPRSTUWYZ';
  return `${name[0].toUpperCase()}${letters[index % letters.length]}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
