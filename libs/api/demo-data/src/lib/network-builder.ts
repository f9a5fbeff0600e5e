import { GovernanceModel, LevellingUpMission, OrganisationType, PartnershipStatus, ProjectStatus, Visibility } from '@cg/shared/domain';
import { generateGeometry } from './generate-geometry';
import { generateGeography, Geography } from './generate-places';
import { IdFactory } from './ids';
import { Theme, THEME_INFO, THEMES } from './names';
import { SeededRandom } from './random';
import { DemoNetwork, emptyNetwork, RowOf, TABLE_KEYS, TableKey } from './tables';
import { buildOrganisations } from './build/organisations';
import { buildPeople } from './build/people';
import { buildPartnerships } from './build/partnerships';
import { buildProjects } from './build/projects';
import { buildOutcomes } from './build/outcomes';
import { buildNeeds } from './build/needs';
import { buildActivities } from './build/activities';
import { buildFunding } from './build/funding';
import { buildRelationships } from './build/relationships';

export { DEMO_ORGANISATIONS, scaled as scaledCount } from './build/common';

const VISIBILITY_ORDER: Record<Visibility, number> = { PUBLIC: 0, PARTNERS: 1, PRIVATE: 2 };

export interface BuildOptions {
  organisations: number;
  seed: number;
  today: number;
}

export interface PartnershipInfo {
  id: string;
  owner: string;
  lead: number;
  members: number[];
  funders: number[];
  las: number[];
  area: string;
  places: number[];
  themes: Theme[];
  status: PartnershipStatus;
  governance: GovernanceModel;
  start: number;
  end: number | null;
  visibility: Visibility;
}

export interface ProjectInfo {
  id: string;
  owner: string;
  lead: number;
  partnership: number;
  participants: number[];
  la: number;
  area: string;
  places: number[];
  themes: Theme[];
  status: ProjectStatus;
  start: number;
  end: number | null;
  visibility: Visibility;
}

export interface OutcomeInfo {
  id: string;
  la: number;
}

/**
 * Builds the network table by table in dependency order, so every row only refers to
 * rows made before it. Rows go into `out`; a consumer may empty it whenever the build
 * pauses (it pauses once `out` holds `chunkRows` rows), which keeps national-scale
 * networks within memory while loading.
 */
export class NetworkBuilder {
  readonly out: DemoNetwork = emptyNetwork();
  buffered = 0;

  readonly n: number;
  readonly today: number;
  readonly seed: number;
  readonly ids = new Map<TableKey, IdFactory>();
  geo!: Geography;

  // Organisations, kept compact: everything later parts need to wire relations.
  orgIds: string[] = [];
  orgType: OrganisationType[] = [];
  orgLa!: Int32Array;
  orgWard!: Int32Array;
  orgName: string[] = [];
  orgDomain: (string | null)[] = [];
  orgsByLa: number[][] = [];
  orgsByType = new Map<OrganisationType, number[]>();
  councilOfLa: number[] = [];
  councilOfCounty: number[] = [];

  personIds: string[] = [];
  personFirstName: string[] = [];
  personLived!: Uint8Array;
  peopleByOrg: number[][] = [];

  partnerships: PartnershipInfo[] = [];
  projects: ProjectInfo[] = [];
  projectsByPartnership: number[][] = [];
  projectsByLa: number[][] = [];
  outcomesByLa: OutcomeInfo[][] = [];
  /** funder × organisation pairs that have a funding record, so FUNDS ties are not typed twice. */
  fundedPairs = new Set<number>();

  constructor(options: BuildOptions, private readonly chunkRows = Number.POSITIVE_INFINITY) {
    this.n = Math.max(0, Math.floor(options.organisations));
    this.today = options.today;
    this.seed = options.seed;
    TABLE_KEYS.forEach((key, index) => this.ids.set(key, new IdFactory(options.seed, index)));
  }

  /** Runs the whole build, pausing (yielding) whenever `out` is full. */
  *build(): Generator<void, void, undefined> {
    this.buildPlaces();
    yield* this.pause();
    yield* buildOrganisations(this);
    yield* buildPeople(this);
    yield* buildPartnerships(this);
    yield* buildProjects(this);
    yield* buildOutcomes(this);
    yield* buildNeeds(this);
    yield* buildActivities(this);
    yield* buildFunding(this);
    yield* buildRelationships(this);
  }

  /** Empties `out` (after a consumer has written its rows). */
  drain(): void {
    for (const key of TABLE_KEYS) this.out[key].length = 0;
    this.buffered = 0;
  }

  // ---------------------------------------------------------------- helpers

  *pause(): Generator<void, void, undefined> {
    if (this.buffered >= this.chunkRows) yield;
  }

  emit<K extends TableKey>(key: K, row: RowOf<K>): void {
    (this.out[key] as RowOf<K>[]).push(row);
    this.buffered++;
  }

  id(key: TableKey): string {
    return (this.ids.get(key) as IdFactory).next();
  }

  rng(label: string): SeededRandom {
    return SeededRandom.derive(this.seed, label);
  }

  visibility(random: SeededRandom, partners = 0.1, restricted = 0.1): Visibility {
    const roll = random.next();
    if (roll < restricted) return Visibility.PRIVATE;
    if (roll < restricted + partners) return Visibility.PARTNERS;
    return Visibility.PUBLIC;
  }

  /** The more restrictive of two visibilities: a child never shows more than its parent. */
  narrower(a: Visibility, b: Visibility): Visibility {
    return VISIBILITY_ORDER[a] >= VISIBILITY_ORDER[b] ? a : b;
  }

  /**
   * An organisation in one of the local authorities `las`, of one of `types`, not in
   * `exclude`; falling back to anywhere, then (unless `strict`) to any type. -1 when none is left.
   */
  pickOrg(random: SeededRandom, las: readonly number[], types: readonly OrganisationType[] | null, exclude?: Set<number>, strict = false): number {
    const ok = (org: number) => org >= 0 && !exclude?.has(org) && (!types || types.includes(this.orgType[org]));
    if (las.length > 0) {
      for (let attempt = 0; attempt < 30; attempt++) {
        const local = this.orgsByLa[random.pick(las)];
        if (local.length === 0) continue;
        const org = random.pick(local);
        if (ok(org)) return org;
      }
    }
    if (types) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const ofType = this.orgsByType.get(random.pick(types)) ?? [];
        if (ofType.length === 0) continue;
        const org = random.pick(ofType);
        if (ok(org)) return org;
      }
    }
    const start = random.int(0, Math.max(0, this.n - 1));
    for (let i = 0; i < this.n; i++) {
      const org = (start + i) % this.n;
      if (!exclude?.has(org) && (!types || types.includes(this.orgType[org]))) return org;
    }
    if (strict) return -1;
    for (let i = 0; i < this.n; i++) {
      const org = (start + i) % this.n;
      if (!exclude?.has(org)) return org;
    }
    return -1;
  }

  /** A place inside a local authority: mostly wards, some LSOAs, now and then a custom place. */
  placeIn(random: SeededRandom, la: number): number {
    const info = this.geo.las[la];
    const roll = random.next();
    if (roll < 0.15 && info.customs.length > 0) return random.pick(info.customs);
    if (roll < 0.45) return random.pick(info.lsoas);
    return random.pick(info.wards);
  }

  localityOf(place: number): string {
    const ward = this.geo.wardOf[place];
    if (ward >= 0) return this.geo.wards[ward].locality;
    const la = this.geo.laOf[place];
    return la >= 0 ? this.geo.las[la].name : this.geo.places[place].name;
  }

  missionsFor(random: SeededRandom, themes: readonly Theme[], max: number): LevellingUpMission[] {
    const all = [...new Set(themes.flatMap((theme) => THEME_INFO[theme].missions))];
    return random.sample(all, random.int(1, Math.max(1, Math.min(max, all.length))));
  }

  themesAround(random: SeededRandom, first: Theme, extra: number): Theme[] {
    const themes = new Set<Theme>([first]);
    for (let i = 0; i < extra; i++) themes.add(random.pick(THEMES));
    return [...themes];
  }

  // ---------------------------------------------------------------- places

  buildPlaces(): void {
    this.geo = generateGeography(this.n, this.rng('places'), this.ids.get('places') as IdFactory);
    generateGeometry(this.geo, this.rng('geometry'));
    for (const place of this.geo.places) this.emit('places', place);
    this.orgsByLa = this.geo.las.map(() => []);
    this.projectsByLa = this.geo.las.map(() => []);
    this.outcomesByLa = this.geo.las.map(() => []);
  }

}
