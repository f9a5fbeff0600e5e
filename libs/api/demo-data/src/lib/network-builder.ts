import {
  ActivityKind,
  FundingStatus,
  FundingType,
  GovernanceModel,
  IndicatorDirection,
  LawfulBasis,
  LevellingUpMission,
  NeedSource,
  OrganisationType,
  OutcomeDefiner,
  PartnerRole,
  PartnershipStatus,
  Priority,
  ProjectStatus,
  RelationshipType,
  SECTOR_OF_TYPE,
  Visibility,
} from '@cg/shared/domain';
import { addMonths, isoDay, startOfMonth } from './dates';
import { generateGeometry } from './generate-geometry';
import { Geography, generateGeography } from './generate-places';
import { IdFactory } from './ids';
import {
  ACTIVITY_NOTES,
  ACTIVITY_TITLES,
  ATTRIBUTIONS,
  CONSENT_PURPOSES,
  CONTRIBUTION_NOTES,
  FIRST_NAMES,
  GENERIC_INDICATORS,
  IN_KIND,
  INCOME_BANDS,
  IndicatorTemplate,
  JOB_TITLES,
  LOAN_PROGRAMME,
  MEASUREMENT_NOTES,
  organisationName,
  PARTNERSHIP_PATTERNS,
  PRIVATE_NOTES,
  PROGRAMMES_FOR_COUNCILS,
  PROGRAMMES_FOR_FUNDERS,
  RELATIONSHIP_NOTES,
  SECONDARY_TITLES,
  STORY_BODIES,
  STORY_QUOTES,
  STORY_TITLES,
  SURNAMES,
  Theme,
  THEME_INFO,
  THEMES,
} from './names';
import { SeededRandom, WeightedIndex } from './random';
import { DemoNetwork, emptyNetwork, Money, RowOf, TABLE_KEYS, TableKey } from './tables';

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

const T = OrganisationType;
/** Voluntary, community and faith organisations: the usual grant recipients. */
const VCS = [T.CHARITY, T.COMMUNITY_GROUP, T.SOCIAL_ENTERPRISE, T.FAITH_GROUP, T.OTHER, T.HOUSING_ASSOCIATION];
const GRASSROOTS = [T.COMMUNITY_GROUP, T.FAITH_GROUP];
const LEAD_TYPES: Record<GovernanceModel, readonly OrganisationType[] | null> = {
  SINGLE_LEAD: [T.CHARITY, T.LOCAL_AUTHORITY, T.HOUSING_ASSOCIATION, T.PUBLIC_BODY, T.SOCIAL_ENTERPRISE],
  SHARED_LEADERSHIP: [T.CHARITY, T.SOCIAL_ENTERPRISE, T.PUBLIC_BODY, T.LOCAL_AUTHORITY, T.UNIVERSITY_OR_COLLEGE, T.HOUSING_ASSOCIATION],
  ROTATING_CHAIR: null,
  COMMUNITY_LED: GRASSROOTS,
  INFORMAL_NETWORK: null,
};
const VISIBILITY_ORDER: Record<Visibility, number> = { PUBLIC: 0, PARTNERS: 1, PRIVATE: 2 };

/** What the generator makes, as counts at the demo size (160 organisations) and per organisation beyond it. */
export const DEMO_ORGANISATIONS = 160;
function scaled(organisations: number, atDemoSize: number, perOrganisation: number): number {
  if (organisations <= DEMO_ORGANISATIONS) return Math.round((atDemoSize * organisations) / DEMO_ORGANISATIONS);
  return atDemoSize + Math.round((organisations - DEMO_ORGANISATIONS) * perOrganisation);
}

export interface BuildOptions {
  organisations: number;
  seed: number;
  today: number;
}

interface PartnershipInfo {
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

interface ProjectInfo {
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

interface OutcomeInfo {
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

  private readonly n: number;
  private readonly today: number;
  private readonly seed: number;
  private readonly ids = new Map<TableKey, IdFactory>();
  private geo!: Geography;

  // Organisations, kept compact: everything later parts need to wire relations.
  private orgIds: string[] = [];
  private orgType: OrganisationType[] = [];
  private orgLa!: Int32Array;
  private orgWard!: Int32Array;
  private orgName: string[] = [];
  private orgDomain: (string | null)[] = [];
  private orgsByLa: number[][] = [];
  private orgsByType = new Map<OrganisationType, number[]>();
  private councilOfLa: number[] = [];
  private councilOfCounty: number[] = [];

  private personIds: string[] = [];
  private personFirstName: string[] = [];
  private personLived!: Uint8Array;
  private peopleByOrg: number[][] = [];

  private partnerships: PartnershipInfo[] = [];
  private projects: ProjectInfo[] = [];
  private projectsByPartnership: number[][] = [];
  private projectsByLa: number[][] = [];
  private outcomesByLa: OutcomeInfo[][] = [];
  /** funder × organisation pairs that have a funding record, so FUNDS ties are not typed twice. */
  private fundedPairs = new Set<number>();

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
    yield* this.buildOrganisations();
    yield* this.buildPeople();
    yield* this.buildPartnerships();
    yield* this.buildProjects();
    yield* this.buildOutcomes();
    yield* this.buildNeeds();
    yield* this.buildActivities();
    yield* this.buildFunding();
    yield* this.buildRelationships();
  }

  /** Empties `out` (after a consumer has written its rows). */
  drain(): void {
    for (const key of TABLE_KEYS) this.out[key].length = 0;
    this.buffered = 0;
  }

  // ---------------------------------------------------------------- helpers

  private *pause(): Generator<void, void, undefined> {
    if (this.buffered >= this.chunkRows) yield;
  }

  private emit<K extends TableKey>(key: K, row: RowOf<K>): void {
    (this.out[key] as RowOf<K>[]).push(row);
    this.buffered++;
  }

  private id(key: TableKey): string {
    return (this.ids.get(key) as IdFactory).next();
  }

  private rng(label: string): SeededRandom {
    return SeededRandom.derive(this.seed, label);
  }

  private visibility(random: SeededRandom, partners = 0.1, restricted = 0.1): Visibility {
    const roll = random.next();
    if (roll < restricted) return Visibility.PRIVATE;
    if (roll < restricted + partners) return Visibility.PARTNERS;
    return Visibility.PUBLIC;
  }

  /** The more restrictive of two visibilities: a child never shows more than its parent. */
  private narrower(a: Visibility, b: Visibility): Visibility {
    return VISIBILITY_ORDER[a] >= VISIBILITY_ORDER[b] ? a : b;
  }

  /**
   * An organisation in one of the local authorities `las`, of one of `types`, not in
   * `exclude`; falling back to anywhere, then (unless `strict`) to any type. -1 when none is left.
   */
  private pickOrg(random: SeededRandom, las: readonly number[], types: readonly OrganisationType[] | null, exclude?: Set<number>, strict = false): number {
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
  private placeIn(random: SeededRandom, la: number): number {
    const info = this.geo.las[la];
    const roll = random.next();
    if (roll < 0.15 && info.customs.length > 0) return random.pick(info.customs);
    if (roll < 0.45) return random.pick(info.lsoas);
    return random.pick(info.wards);
  }

  private localityOf(place: number): string {
    const ward = this.geo.wardOf[place];
    if (ward >= 0) return this.geo.wards[ward].locality;
    const la = this.geo.laOf[place];
    return la >= 0 ? this.geo.las[la].name : this.geo.places[place].name;
  }

  private missionsFor(random: SeededRandom, themes: readonly Theme[], max: number): LevellingUpMission[] {
    const all = [...new Set(themes.flatMap((theme) => THEME_INFO[theme].missions))];
    return random.sample(all, random.int(1, Math.max(1, Math.min(max, all.length))));
  }

  private themesAround(random: SeededRandom, first: Theme, extra: number): Theme[] {
    const themes = new Set<Theme>([first]);
    for (let i = 0; i < extra; i++) themes.add(random.pick(THEMES));
    return [...themes];
  }

  // ---------------------------------------------------------------- places

  private buildPlaces(): void {
    this.geo = generateGeography(this.n, this.rng('places'), this.ids.get('places') as IdFactory);
    generateGeometry(this.geo, this.rng('geometry'));
    for (const place of this.geo.places) this.emit('places', place);
    this.orgsByLa = this.geo.las.map(() => []);
    this.projectsByLa = this.geo.las.map(() => []);
    this.outcomesByLa = this.geo.las.map(() => []);
  }

  // ---------------------------------------------------------------- organisations

  private *buildOrganisations(): Generator<void, void, undefined> {
    const random = this.rng('organisations');
    const { geo, n } = this;
    const identifiers = new IdentifierMint(this.rng('identifiers'));
    const seenNames = new Map<string, number>();
    this.orgLa = new Int32Array(n);
    this.orgWard = new Int32Array(n);
    const councils = [
      ...geo.counties.map((county, index) => ({ kind: 'county' as const, index, name: `${county.name} County Council` })),
      ...geo.las.map((la, index) => ({
        kind: 'la' as const,
        index,
        name: `${la.name} ${la.unitary ? (index === 0 ? 'City Council' : 'Council') : index % 2 === 0 ? 'District Council' : 'Borough Council'}`,
      })),
    ];
    this.councilOfLa = geo.las.map(() => -1);
    this.councilOfCounty = geo.counties.map(() => -1);
    const otherTypes = Object.values(OrganisationType).filter((type) => type !== T.LOCAL_AUTHORITY);

    for (let i = 0; i < n; i++) {
      const council = i < councils.length ? councils[i] : null;
      const type = council ? T.LOCAL_AUTHORITY : i < councils.length + otherTypes.length ? otherTypes[i - councils.length] : random.weighted(TYPE_WEIGHTS);
      const id = this.id('organisations');
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
        themes = this.themesAround(random, theme, 2);
        const area = council.kind === 'la' ? geo.las[la].name : geo.counties[council.index].name;
        description = `${name} is the local authority for ${area}: housing, social care, public health and community services.`;
        if (council.kind === 'la') this.councilOfLa[la] = i;
        else this.councilOfCounty[council.index] = i;
      } else {
        const lsoa = random.pick(geo.lsoas);
        la = geo.laOf[lsoa];
        const wardPlace = geo.wards[geo.wardOf[lsoa]].place;
        homePlace = random.chance(0.8) ? lsoa : wardPlace;
        theme = random.pick(THEMES);
        themes = this.themesAround(random, theme, random.int(0, 2));
        const countyName = geo.counties[geo.las[la].county].name;
        const town = this.townFor(random, type, lsoa, countyName);
        name = uniqueName(seenNames, organisationName(type, town, theme, random.int(0, 99)));
        description = `${name} works on ${theme.toLowerCase()} in and around ${town}.`;
        const servedCount = random.weighted([[0, 30], [1, 45], [2, 25]] as const);
        const candidates = [homePlace === lsoa ? wardPlace : -1, geo.las[la].place, random.pick(geo.las[la].wards), ...geo.las[la].customs].filter(
          (place) => place >= 0 && place !== homePlace,
        );
        served = [...new Set(random.sample(candidates, servedCount))];
      }

      const ward = geo.wardOf[homePlace];
      this.orgIds.push(id);
      this.orgType.push(type);
      this.orgName.push(name);
      this.orgLa[i] = la;
      this.orgWard[i] = ward;
      this.orgsByLa[la].push(i);
      const ofType = this.orgsByType.get(type) ?? [];
      ofType.push(i);
      this.orgsByType.set(type, ofType);

      const hasWebsite = council !== null || random.chance(GRASSROOTS.includes(type) ? 0.55 : 0.88);
      const domain = hasWebsite ? `${slug(name)}.example` : null;
      this.orgDomain.push(domain);
      const band = incomeBand(random, type, council !== null);
      const county = geo.counties[geo.las[la].county];
      const district = 1 + county.las.indexOf(la) * 2 + random.int(0, 1);
      this.emit('organisations', {
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
        this.emit('organisationIdentifiers', { id: this.id('organisationIdentifiers'), organisationId: id, scheme, identifier, isPrimary }),
      );
      for (const place of served) this.emit('organisationPlaces', { organisationId: id, placeId: geo.places[place].id });
      yield* this.pause();
    }
  }

  private townFor(random: SeededRandom, type: OrganisationType, lsoa: number, county: string): string {
    const laName = this.geo.las[this.geo.laOf[lsoa]].name;
    const locality = this.geo.wards[this.geo.wardOf[lsoa]].locality;
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

  // ---------------------------------------------------------------- people

  private *buildPeople(): Generator<void, void, undefined> {
    const random = this.rng('people');
    const { n, today } = this;
    if (n === 0) return;
    const count = Math.min(Math.round(n * 1.5), 450_000);
    this.personLived = new Uint8Array(count);
    this.peopleByOrg = Array.from({ length: n }, () => []);
    for (let p = 0; p < count; p++) {
      const org = p < n ? p : random.int(0, n - 1);
      const type = this.orgType[org];
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(SURNAMES);
      const id = this.id('people');
      const grassroots = GRASSROOTS.includes(type);
      const lived = random.chance(grassroots ? 0.3 : 0.12);
      const domain = this.orgDomain[org];
      const mailbox = `${ascii(first)}.${ascii(last)}`;
      const email = domain && random.chance(0.85) ? `${mailbox}@${domain}` : random.chance(0.35) ? `${mailbox}${random.int(1, 99)}@mail.example` : null;
      const basis = type === T.LOCAL_AUTHORITY || type === T.PUBLIC_BODY
        ? random.weighted([[LawfulBasis.PUBLIC_TASK, 70], [LawfulBasis.LEGITIMATE_INTERESTS, 30]] as const)
        : random.weighted([[LawfulBasis.LEGITIMATE_INTERESTS, 55], [LawfulBasis.CONSENT, 38], [LawfulBasis.CONTRACT, 7]] as const);
      const visibility = random.weighted([[Visibility.PUBLIC, 70], [Visibility.PARTNERS, 20], [Visibility.PRIVATE, 10]] as const);
      this.personIds.push(id);
      this.personFirstName.push(first);
      this.personLived[p] = lived ? 1 : 0;
      this.peopleByOrg[org].push(p);
      this.emit('people', {
        id,
        ownerOrganisationId: this.orgIds[org],
        visibility,
        fullName: `${first} ${last}`,
        email,
        phone: random.chance(0.45) ? `07700 900${String(random.int(0, 999)).padStart(3, '0')}` : null,
        livedExperience: lived,
        communityRepresentative: random.chance(grassroots ? 0.35 : 0.08),
        lawfulBasis: basis,
        consentDate: isoDay(today - random.int(10, 1100)),
        consentPurpose: lived && random.chance(0.5) ? CONSENT_PURPOSES[2] : random.pick(CONSENT_PURPOSES),
        privateNotes: random.chance(0.12) ? random.pick(PRIVATE_NOTES) : null,
      });
      this.emit('affiliations', {
        id: this.id('affiliations'),
        ownerOrganisationId: this.orgIds[org],
        visibility,
        personId: id,
        organisationId: this.orgIds[org],
        title: random.pick(JOB_TITLES[type]),
        fromDate: isoDay(today - random.int(60, 4000)),
        toDate: null,
        isPrimary: true,
      });
      if (n > 1 && random.chance(0.2)) {
        const other = this.pickOrg(random, [this.orgLa[org]], null, new Set([org]));
        const from = today - random.int(30, 3000);
        this.peopleByOrg[other].push(p);
        this.emit('affiliations', {
          id: this.id('affiliations'),
          ownerOrganisationId: this.orgIds[other],
          visibility,
          personId: id,
          organisationId: this.orgIds[other],
          title: random.pick(SECONDARY_TITLES),
          fromDate: isoDay(from),
          toDate: random.chance(0.25) ? isoDay(from + random.int(1, today - from)) : null,
          isPrimary: false,
        });
      }
      yield* this.pause();
    }
  }

  // ---------------------------------------------------------------- partnerships

  private *buildPartnerships(): Generator<void, void, undefined> {
    const random = this.rng('partnerships');
    const { geo, n, today } = this;
    if (n < 4) return;
    const count = scaled(n, 20, 1 / 8);
    const models = Object.values(GovernanceModel);
    const statuses = Object.values(PartnershipStatus);
    const seenNames = new Map<string, number>();

    for (let i = 0; i < count; i++) {
      const governance = i < models.length ? models[i] : random.weighted([
        [GovernanceModel.SINGLE_LEAD, 35], [GovernanceModel.SHARED_LEADERSHIP, 25], [GovernanceModel.ROTATING_CHAIR, 15],
        [GovernanceModel.COMMUNITY_LED, 15], [GovernanceModel.INFORMAL_NETWORK, 10],
      ] as const);
      // Offset so the first partnerships pair every status with a different model.
      const status = i < statuses.length ? statuses[(i * 3 + 1) % statuses.length] : random.weighted([
        [PartnershipStatus.ACTIVE, 60], [PartnershipStatus.FORMING, 12], [PartnershipStatus.PAUSED, 10], [PartnershipStatus.CLOSED, 18],
      ] as const);
      const countyWide = random.chance(0.1);
      const la = random.int(0, geo.las.length - 1);
      const county = geo.las[la].county;
      const las = countyWide ? geo.counties[county].las : [la];
      const neighbourhood = !countyWide && random.chance(0.3) ? random.pick(geo.las[la].wards) : -1;
      const area = countyWide ? geo.counties[county].name : neighbourhood >= 0 ? this.localityOf(neighbourhood) : geo.las[la].name;
      const theme = random.pick(THEMES);
      const themes = this.themesAround(random, theme, random.int(0, 2));
      const missions = this.missionsFor(random, themes, 3);
      if (governance === GovernanceModel.COMMUNITY_LED && !missions.includes(LevellingUpMission.LOCAL_LEADERSHIP)) missions.push(LevellingUpMission.LOCAL_LEADERSHIP);

      let start: number;
      let end: number | null = null;
      switch (status) {
        case PartnershipStatus.FORMING:
          start = today - random.int(0, 270);
          break;
        case PartnershipStatus.ACTIVE:
          start = today - random.int(180, 2200);
          if (random.chance(0.25)) end = today + random.int(60, 900);
          break;
        case PartnershipStatus.PAUSED:
          start = today - random.int(365, 2200);
          break;
        default:
          start = today - random.int(900, 2500);
          end = start + random.int(365, today - 30 - start);
      }

      // Members: the leads the model calls for, then a funder now and then, then the rest.
      const size = Math.min(random.int(4, 15), n);
      const chosen = new Set<number>();
      const members: { org: number; role: PartnerRole }[] = [];
      const add = (org: number, role: PartnerRole) => {
        if (org < 0 || chosen.has(org)) return;
        chosen.add(org);
        members.push({ org, role });
      };
      const leadTypes = LEAD_TYPES[governance];
      const leadCount = governance === GovernanceModel.SHARED_LEADERSHIP ? random.int(2, 3) : governance === GovernanceModel.COMMUNITY_LED ? random.int(1, 2) : 1;
      const leadRole = {
        SINGLE_LEAD: PartnerRole.LEAD,
        SHARED_LEADERSHIP: PartnerRole.CO_LEAD,
        ROTATING_CHAIR: PartnerRole.CORE_MEMBER,
        COMMUNITY_LED: PartnerRole.COMMUNITY_ANCHOR,
        INFORMAL_NETWORK: PartnerRole.CORE_MEMBER,
      }[governance];
      for (let l = 0; l < leadCount; l++) add(this.pickOrg(random, las, leadTypes, chosen), leadRole);
      if (members.length < size && random.chance(0.45)) add(this.pickOrg(random, las, [T.FUNDER], chosen), PartnerRole.FUNDER);
      const council = countyWide ? this.councilOfCounty[county] : this.councilOfLa[la];
      if (members.length < size && council >= 0 && random.chance(0.3)) add(council, random.chance(0.5) ? PartnerRole.FUNDER : PartnerRole.CORE_MEMBER);
      while (members.length < size) {
        const org = this.pickOrg(random, las, null, chosen);
        if (org < 0) break;
        add(org, this.memberRole(random, this.orgType[org], governance));
      }

      const id = this.id('partnerships');
      const lead = members[0].org;
      const owner = this.orgIds[lead];
      const visibility = this.visibility(random);
      let base = '';
      for (let attempt = 0; attempt < 6 && (base === '' || seenNames.has(base)); attempt++) {
        base = random.pick(PARTNERSHIP_PATTERNS).replace('{area}', area).replace('{theme}', attempt < 3 ? theme : random.pick(themes));
      }
      const name = uniqueName(seenNames, base);
      this.emit('partnerships', {
        id,
        ownerOrganisationId: owner,
        visibility,
        name,
        purpose: partnershipPurpose(random, area, theme, governance),
        status,
        startDate: isoDay(start),
        endDate: end === null ? null : isoDay(end),
        governanceModel: governance,
        themes,
        missions,
      });

      const current: number[] = [];
      const funders: number[] = [];
      members.forEach(({ org, role }, index) => {
        const leading = index < leadCount;
        const founder = leading || random.chance(0.6) || status === PartnershipStatus.FORMING;
        const from = founder ? start : start + random.int(0, Math.max(0, Math.min(today, end ?? today) - start));
        let to: number | null = null;
        if (status === PartnershipStatus.CLOSED) to = end;
        else if (!leading && random.chance(0.07) && from < today - 1) to = from + random.int(1, today - from);
        if (to === null) current.push(org);
        if (role === PartnerRole.FUNDER) funders.push(org);
        const seat = leading || role === PartnerRole.COMMUNITY_ANCHOR
          ? governance !== GovernanceModel.INFORMAL_NETWORK || role === PartnerRole.COMMUNITY_ANCHOR
          : governance !== GovernanceModel.INFORMAL_NETWORK && random.chance({ CORE_MEMBER: 0.8, DELIVERY_PARTNER: 0.3, FUNDER: 0.4, ADVISER: 0.1, LEAD: 1, CO_LEAD: 1, COMMUNITY_ANCHOR: 1 }[role]);
        const cash = role === PartnerRole.FUNDER ? roundTo(random.logUniform(5000, 150000), 1000) : leading && random.chance(0.5) ? roundTo(random.logUniform(1000, 20000), 500) : random.chance(0.15) ? roundTo(random.logUniform(250, 5000), 50) : 0;
        const inKind = random.chance(0.4) ? roundTo(random.logUniform(250, 15000), 50) : 0;
        this.emit('partnershipMemberships', {
          id: this.id('partnershipMemberships'),
          ownerOrganisationId: owner,
          visibility,
          partnershipId: id,
          organisationId: this.orgIds[org],
          role,
          fromDate: isoDay(from),
          toDate: to === null ? null : isoDay(to),
          decisionSeat: seat,
          cashContribution: money(cash * 100),
          inKindContribution: money(inKind * 100),
          inKindDescription: inKind > 0 ? random.pick(IN_KIND) : null,
        });
      });

      const places: number[] = [];
      if (countyWide) places.push(geo.counties[county].place);
      else if (neighbourhood >= 0) places.push(neighbourhood, ...geo.wards[geo.wardOf[neighbourhood]].customs);
      else if (random.chance(0.45)) places.push(geo.las[la].place);
      else places.push(...random.sample(geo.las[la].wards, random.int(1, 3)));
      if (!countyWide && neighbourhood < 0 && random.chance(0.2) && geo.las[la].customs.length > 0) places.push(random.pick(geo.las[la].customs));
      const uniquePlaces = [...new Set(places)];
      for (const place of uniquePlaces) this.emit('partnershipPlaces', { partnershipId: id, placeId: geo.places[place].id });

      this.partnerships.push({
        id, owner, lead, members: current.length >= 2 ? current : members.map((m) => m.org), funders, las, area, places: uniquePlaces,
        themes, status, governance, start, end, visibility,
      });
      this.projectsByPartnership.push([]);
      yield* this.pause();
    }
  }

  private memberRole(random: SeededRandom, type: OrganisationType, governance: GovernanceModel): PartnerRole {
    if (type === T.FUNDER) return PartnerRole.FUNDER;
    if ((type === T.UNIVERSITY_OR_COLLEGE || type === T.PUBLIC_BODY) && random.chance(0.5)) return PartnerRole.ADVISER;
    if (GRASSROOTS.includes(type) && random.chance(governance === GovernanceModel.COMMUNITY_LED ? 0.5 : 0.2)) return PartnerRole.COMMUNITY_ANCHOR;
    return random.chance(0.55) ? PartnerRole.CORE_MEMBER : PartnerRole.DELIVERY_PARTNER;
  }

  // ---------------------------------------------------------------- projects

  private *buildProjects(): Generator<void, void, undefined> {
    const random = this.rng('projects');
    const { geo, n, today } = this;
    if (n < 2) return;
    const count = scaled(n, 60, 1 / 3);
    const statuses = Object.values(ProjectStatus);
    const choosePartnership = new WeightedIndex(
      this.partnerships.map((p) => ({ ACTIVE: 3, PAUSED: 1, FORMING: 0.5, CLOSED: 1.2 })[p.status]),
    );
    const seenNames = new Map<string, number>();

    for (let i = 0; i < count; i++) {
      const status = i < statuses.length ? statuses[i] : random.weighted([
        [ProjectStatus.ACTIVE, 45], [ProjectStatus.COMPLETED, 25], [ProjectStatus.PLANNED, 12], [ProjectStatus.PAUSED, 10], [ProjectStatus.CANCELLED, 8],
      ] as const);
      let partnershipIndex = -1;
      if (choosePartnership.size > 0 && random.chance(0.85)) {
        for (let attempt = 0; attempt < 8 && partnershipIndex < 0; attempt++) {
          const candidate = choosePartnership.pick(random);
          if (candidate >= 0 && compatible(status, this.partnerships[candidate].status)) partnershipIndex = candidate;
        }
      }
      const partnership = partnershipIndex >= 0 ? this.partnerships[partnershipIndex] : null;
      const la = partnership ? random.pick(partnership.las) : random.int(0, geo.las.length - 1);

      // Participants: the partnership's members where there is one.
      const size = random.int(2, 8);
      let participants: number[];
      if (partnership) {
        participants = random.sample(partnership.members, size);
        if (!participants.includes(partnership.lead) && random.chance(0.4)) participants[0] = partnership.lead;
      } else {
        const chosen = new Set<number>();
        const lead = this.pickOrg(random, [la], VCS, chosen);
        chosen.add(lead);
        while (chosen.size < Math.min(size, n)) {
          const org = this.pickOrg(random, [la], null, chosen);
          if (org < 0) break;
          chosen.add(org);
        }
        participants = [...chosen];
      }
      const shared = participants.length >= 2 && random.chance(partnership?.governance === GovernanceModel.SHARED_LEADERSHIP ? 0.7 : 0.2);
      const lead = participants[0];

      const pStart = partnership ? partnership.start : Number.NEGATIVE_INFINITY;
      const pEnd = partnership?.end ?? Number.POSITIVE_INFINITY;
      let start: number;
      let end: number | null;
      switch (status) {
        case ProjectStatus.PLANNED:
          start = today + random.int(14, 200);
          end = start + random.int(180, 900);
          break;
        case ProjectStatus.ACTIVE:
          start = Math.max(pStart, today - random.int(30, 900));
          end = random.chance(0.8) ? today + random.int(30, 700) : null;
          break;
        case ProjectStatus.PAUSED:
          start = Math.max(pStart, today - random.int(120, 1000));
          end = random.chance(0.4) ? today + random.int(30, 400) : null;
          break;
        case ProjectStatus.COMPLETED:
          end = Math.min(pEnd, today - random.int(7, 600));
          start = Math.max(pStart, end - random.int(90, 900));
          if (start >= end) start = end - 60;
          break;
        default:
          start = Math.max(pStart, today - random.int(60, 800));
          end = Math.min(today - 1, start + random.int(14, 240), pEnd);
          if (end <= start) end = start + 1;
      }

      const places = [...new Set(Array.from({ length: random.int(1, 2) }, () => (partnership && random.chance(0.5) ? random.pick(partnership.places) : this.placeIn(random, la))))];
      const area = this.localityOf(places[0]);
      const theme = partnership ? random.pick(partnership.themes) : random.pick(THEMES);
      const themes = this.themesAround(random, theme, random.chance(0.4) ? 1 : 0);
      const info = THEME_INFO[theme];
      let base = '';
      for (let attempt = 0; attempt < 4 && (base === '' || seenNames.has(base)); attempt++) base = random.pick(info.projects).replace('{place}', area);
      const name = uniqueName(seenNames, base, (k) => ` – Phase ${k}`);
      const id = this.id('projects');
      const owner = this.orgIds[lead];
      const visibility = this.narrower(partnership?.visibility ?? Visibility.PUBLIC, this.visibility(random, 0.08, 0.07));
      const budget = random.chance(0.95) ? roundTo(random.logUniform(2000, 400000), 100) : null;
      this.emit('projects', {
        id,
        ownerOrganisationId: owner,
        visibility,
        name,
        summary: info.summary.replace('{place}', area),
        status,
        startDate: isoDay(start),
        endDate: end === null ? null : isoDay(end),
        partnershipId: partnership?.id ?? null,
        budget: budget === null ? null : money(budget * 100),
        sharedLeadership: shared,
        themes,
        missions: this.missionsFor(random, themes, 2),
      });
      participants.forEach((org, index) => {
        const type = this.orgType[org];
        const role = index === 0 || (shared && index === 1)
          ? shared ? PartnerRole.CO_LEAD : PartnerRole.LEAD
          : type === T.FUNDER ? PartnerRole.FUNDER
          : (type === T.UNIVERSITY_OR_COLLEGE || type === T.PUBLIC_BODY) && random.chance(0.5) ? PartnerRole.ADVISER
          : GRASSROOTS.includes(type) && random.chance(0.4) ? PartnerRole.COMMUNITY_ANCHOR
          : random.chance(0.7) ? PartnerRole.DELIVERY_PARTNER : PartnerRole.CORE_MEMBER;
        const base = budget ?? 10000;
        const cash = role === PartnerRole.FUNDER ? roundTo(base * random.between(0.1, 0.5), 100) : index === 0 && random.chance(0.5) ? roundTo(base * random.between(0.02, 0.2), 50) : random.chance(0.2) ? roundTo(random.logUniform(100, 5000), 10) : 0;
        const inKind = random.chance(0.5) ? roundTo(random.logUniform(200, 10000), 10) : 0;
        this.emit('projectParticipants', {
          id: this.id('projectParticipants'),
          ownerOrganisationId: owner,
          visibility,
          projectId: id,
          organisationId: this.orgIds[org],
          role,
          cashContribution: money(cash * 100),
          inKindContribution: money(inKind * 100),
          contributionNotes: cash > 0 || inKind > 0 ? random.pick(CONTRIBUTION_NOTES) : null,
        });
      });
      for (const place of places) this.emit('projectPlaces', { projectId: id, placeId: geo.places[place].id });

      const index = this.projects.length;
      this.projects.push({ id, owner, lead, partnership: partnershipIndex, participants, la, area, places, themes, status, start, end, visibility });
      if (partnershipIndex >= 0) this.projectsByPartnership[partnershipIndex].push(index);
      this.projectsByLa[la].push(index);
      yield* this.pause();
    }
  }

  // ---------------------------------------------------------------- outcomes, indicators, measurements, stories

  private *buildOutcomes(): Generator<void, void, undefined> {
    const random = this.rng('outcomes');
    const { today } = this;
    if (this.partnerships.length === 0 && this.projects.length === 0) return;
    const count = scaled(this.n, 40, 1 / 4);
    const partnershipWeights = new WeightedIndex(this.partnerships.map((p) => ({ ACTIVE: 3, PAUSED: 1, CLOSED: 1, FORMING: 0.3 })[p.status]));
    const projectWeights = new WeightedIndex(this.projects.map((p) => ({ ACTIVE: 3, COMPLETED: 2, PAUSED: 1, PLANNED: 0.2, CANCELLED: 0.2 })[p.status]));

    for (let i = 0; i < count; i++) {
      const byPartnership = projectWeights.size === 0 || (partnershipWeights.size > 0 && i % 2 === 0);
      const partnershipIndex = byPartnership ? partnershipWeights.pick(random) : -1;
      const projectIndex = byPartnership ? -1 : projectWeights.pick(random);
      const owner: PartnershipInfo | ProjectInfo = byPartnership ? this.partnerships[partnershipIndex] : this.projects[projectIndex];
      const members = byPartnership ? this.partnerships[partnershipIndex].members : this.projects[projectIndex].participants;
      const la = byPartnership ? this.partnerships[partnershipIndex].las[0] : this.projects[projectIndex].la;
      const theme = random.pick(owner.themes);
      const info = THEME_INFO[theme];
      const template = random.pick(info.outcomes);
      const definedBy = random.weighted([[OutcomeDefiner.COMMUNITY, 40], [OutcomeDefiner.PARTNERSHIP, 35], [OutcomeDefiner.FUNDER, 15], [OutcomeDefiner.GOVERNMENT, 10]] as const);
      const id = this.id('outcomes');
      const ownerOrg = owner.owner;
      const visibility = this.narrower(owner.visibility, this.visibility(random, 0.08, 0.07));
      const area = owner.area;
      this.emit('outcomes', {
        id,
        ownerOrganisationId: ownerOrg,
        visibility,
        title: template.title.replace('{place}', area),
        description: template.description,
        ownerPartnershipId: byPartnership ? owner.id : null,
        ownerProjectId: byPartnership ? null : owner.id,
        definedBy,
        coProduced: random.chance(definedBy === OutcomeDefiner.COMMUNITY ? 0.85 : 0.3),
        missions: this.missionsFor(random, [theme], 2),
      });
      const contributors = [...new Set([members[0], ...random.sample(members, random.int(1, 6))])];
      for (const org of contributors) this.emit('outcomeContributors', { outcomeId: id, organisationId: this.orgIds[org] });
      if (byPartnership) {
        for (const project of random.sample(this.projectsByPartnership[partnershipIndex], random.int(0, 2))) {
          this.emit('projectOutcomes', { projectId: this.projects[project].id, outcomeId: id });
        }
      }

      // Indicators: one from the theme, sometimes a shared one as well.
      const templates = [random.pick(info.indicators), ...random.sample([...info.indicators, ...GENERIC_INDICATORS], random.int(0, 2))];
      const place = random.chance(0.5) ? owner.places[0] : -1;
      for (const indicator of [...new Set(templates)]) this.emitIndicator(random, indicator, id, ownerOrg, visibility, place);

      // Stories: narrative evidence, always with consent.
      for (let s = random.int(1, 3); s > 0; s--) {
        const date = today - random.int(0, 700);
        const people = contributors.flatMap((org) => this.peopleByOrg[org] ?? []);
        const storyteller = people.length > 0 && random.chance(0.35) ? (people.find((p) => this.personLived[p] === 1) ?? random.pick(people)) : -1;
        const firstName = storyteller >= 0 ? this.personFirstName[storyteller] : random.pick(FIRST_NAMES);
        const locality = this.localityOf(owner.places[0]);
        const fill = (text: string) => text.split('{name}').join(firstName).split('{place}').join(locality).split('{theme}').join(theme.toLowerCase());
        this.emit('stories', {
          id: this.id('stories'),
          ownerOrganisationId: ownerOrg,
          visibility: this.narrower(visibility, this.visibility(random, 0.1, 0.05)),
          outcomeId: id,
          title: random.pick(STORY_TITLES),
          body: fill(random.pick(STORY_BODIES)),
          quote: random.chance(0.85) ? random.pick(STORY_QUOTES) : null,
          attribution: storyteller >= 0 ? `${firstName}, ${fill(random.pick(ATTRIBUTIONS))}` : fill(random.pick(ATTRIBUTIONS)).replace(/^a/, 'A'),
          personId: storyteller >= 0 ? this.personIds[storyteller] : null,
          consentGiven: true,
          consentDate: isoDay(date - random.int(0, 30)),
          date: isoDay(date),
        });
      }
      this.outcomesByLa[la].push({ id, la });
      yield* this.pause();
    }
  }

  private emitIndicator(random: SeededRandom, template: IndicatorTemplate, outcomeId: string, owner: string, visibility: Visibility, place: number): void {
    const { today } = this;
    const id = this.id('indicators');
    const baselineDay = startOfMonth(addMonths(today, -24 - random.int(0, 2)));
    const targetDay = startOfMonth(addMonths(today, random.int(3, 30)));
    const round = (value: number) => {
      const bounded = Math.max(0, template.max === undefined ? value : Math.min(template.max, value));
      const factor = 10 ** template.decimals;
      return Math.round(bounded * factor) / factor;
    };
    const baseline = round(random.between(template.base[0], template.base[1]));
    const change = random.between(template.change[0], template.change[1]);
    const target = round(template.direction === IndicatorDirection.INCREASE ? baseline * (1 + change) : baseline * (1 - change));
    this.emit('indicators', {
      id,
      ownerOrganisationId: owner,
      visibility,
      outcomeId,
      name: template.name,
      unit: template.unit,
      direction: template.direction,
      baselineValue: baseline,
      baselineDate: isoDay(baselineDay),
      targetValue: target,
      targetDate: isoDay(targetDay),
      source: template.source,
    });
    // Monthly or quarterly readings on a trend: on track ones keep pace with the target, the rest lag or slip back.
    const step = random.chance(0.35) ? 1 : 3;
    const pace = random.chance(0.6) ? random.between(0.9, 1.3) : random.between(-0.3, 0.45);
    const span = targetDay - baselineDay;
    const spread = Math.abs(target - baseline) * 0.08 + baseline * 0.01;
    const placeId = place >= 0 ? this.geo.places[place].id : null;
    for (let k = 1; ; k++) {
      const day = addMonths(baselineDay, k * step);
      if (day > today) break;
      const progress = (day - baselineDay) / span;
      this.emit('measurements', {
        id: this.id('measurements'),
        ownerOrganisationId: owner,
        visibility,
        indicatorId: id,
        value: round(baseline + (target - baseline) * progress * pace + random.normal(0, spread)),
        date: isoDay(day),
        placeId,
        source: template.source,
        note: random.chance(0.06) ? random.pick(MEASUREMENT_NOTES) : null,
      });
    }
  }

  // ---------------------------------------------------------------- needs

  private *buildNeeds(): Generator<void, void, undefined> {
    const random = this.rng('needs');
    const { geo, n, today } = this;
    const wards = geo.wards;
    const perWard = wards.map(() => 2);
    for (let extra = 30 - 2 * wards.length; extra > 0; extra--) perWard[random.int(0, wards.length - 1)]++;
    for (let w = 0; w < wards.length; w++) {
      const ward = wards[w];
      for (let k = 0; k < perWard[w]; k++) {
        const roll = random.next();
        const mostDeprived = ward.lsoas.reduce((best, lsoa) => (geo.decileOf[lsoa] < geo.decileOf[best] ? lsoa : best), ward.lsoas[0]);
        const place = roll < 0.15 && ward.customs.length > 0 ? random.pick(ward.customs) : roll < 0.55 ? (random.chance(0.7) ? mostDeprived : random.pick(ward.lsoas)) : ward.place;
        const decile = geo.decileOf[place] || 5;
        const raisedBy = random.weighted([[NeedSource.COMMUNITY, 40], [NeedSource.ORGANISATION, 40], [NeedSource.DATA, 20]] as const);
        const raiser = raisedBy === NeedSource.ORGANISATION && n > 0 ? this.pickOrg(random, [ward.la], VCS) : -1;
        const theme = random.pick(THEMES);
        const themes = this.themesAround(random, theme, random.chance(0.4) ? 1 : 0);
        const template = random.pick(THEME_INFO[theme].needs);
        const locality = this.localityOf(place);
        const ownerIndex = raiser >= 0 ? raiser : this.councilOfLa[ward.la];
        const owner = ownerIndex >= 0 ? this.orgIds[ownerIndex] : null;
        const id = this.id('needs');
        const description = raisedBy === NeedSource.DATA
          ? `${template.description} ${geo.places[place].name} is in IMD 2019 decile ${decile} (1 is the most deprived tenth of England).`
          : template.description;
        this.emit('needs', {
          id,
          ownerOrganisationId: owner,
          visibility: owner ? this.visibility(random) : Visibility.PUBLIC,
          title: template.title.replace('{place}', locality),
          description,
          placeId: geo.places[place].id,
          raisedBy,
          raisedByOrganisationId: raiser >= 0 ? this.orgIds[raiser] : null,
          raisedOn: isoDay(today - random.int(20, 1000)),
          themes,
          priority: random.weighted([
            [Priority.LOW, decile >= 7 ? 35 : 10], [Priority.MEDIUM, 40], [Priority.HIGH, decile <= 3 ? 35 : 20], [Priority.URGENT, decile <= 2 ? 20 : 5],
          ] as const),
        });
        const projects = this.projectsByLa[ward.la];
        if (projects.length > 0 && random.chance(0.6)) {
          const matching = projects.filter((p) => this.projects[p].themes.includes(theme));
          for (const project of random.sample(matching.length > 0 ? matching : projects, random.int(1, 2))) {
            this.emit('needProjects', { needId: id, projectId: this.projects[project].id });
          }
        }
        const outcomes = this.outcomesByLa[ward.la];
        if (outcomes.length > 0 && random.chance(0.4)) this.emit('needOutcomes', { needId: id, outcomeId: random.pick(outcomes).id });
      }
      yield* this.pause();
    }
  }

  // ---------------------------------------------------------------- activities

  private *buildActivities(): Generator<void, void, undefined> {
    const random = this.rng('activities');
    const { geo, today } = this;
    if (this.partnerships.length === 0 && this.projects.length === 0) return;
    const count = scaled(this.n, 300, 5 / 3);
    const earliest = today - 730;
    // Only projects and partnerships still going in the last two years keep a log there.
    const live = (end: number | null) => end === null || end >= earliest + 30;
    const projectWeights = new WeightedIndex(this.projects.map((p) => (live(p.end) ? { ACTIVE: 4, COMPLETED: 2, PAUSED: 1, PLANNED: 0.3, CANCELLED: 0.3 }[p.status] : 0)));
    const partnershipWeights = new WeightedIndex(this.partnerships.map((p) => (live(p.end) ? { ACTIVE: 4, CLOSED: 1, PAUSED: 1, FORMING: 1.5 }[p.status] : 0)));
    if (projectWeights.total <= 0 && partnershipWeights.total <= 0) return;

    for (let i = 0; i < count; i++) {
      const ofProject = projectWeights.total > 0 && (partnershipWeights.total <= 0 || random.chance(0.7));
      const parent: ProjectInfo | PartnershipInfo = ofProject ? this.projects[projectWeights.pick(random)] : this.partnerships[partnershipWeights.pick(random)];
      const orgs = 'participants' in parent ? parent.participants : parent.members;
      let low = Math.max(earliest, parent.start - 45);
      const high = Math.min(today, parent.end ?? today);
      if (low > high) low = Math.max(earliest, high - 120);
      if (low > high) low = high;
      const date = random.int(low, high);
      const kind = random.weighted([
        [ActivityKind.MEETING, 28], [ActivityKind.EVENT, 12], [ActivityKind.WORKSHOP, 12], [ActivityKind.CONSULTATION, 8],
        [ActivityKind.DELIVERY, 25], [ActivityKind.MILESTONE, 6], [ActivityKind.NOTE, 9],
      ] as const);
      const place = random.chance(0.6) ? random.pick(parent.places) : -1;
      const locality = this.localityOf(place >= 0 ? place : parent.places[0]);
      const theme = random.pick(parent.themes).toLowerCase();
      const involved = [...new Set([parent.lead, ...random.sample(orgs, random.int(0, 4))])];
      const orgName = this.orgName[random.pick(involved)];
      const fill = (text: string) => text.replace('{place}', locality).replace('{theme}', theme).replace('{org}', orgName);
      const id = this.id('activities');
      this.emit('activities', {
        id,
        ownerOrganisationId: parent.owner,
        visibility: this.narrower(parent.visibility, this.visibility(random, 0.08, 0.07)),
        date: isoDay(date),
        kind,
        title: fill(random.pick(ACTIVITY_TITLES[kind])),
        notes: random.chance(0.7) ? fill(random.pick(ACTIVITY_NOTES)) : null,
        attendance: attendance(random, kind),
        placeId: place >= 0 ? geo.places[place].id : null,
        projectId: ofProject ? parent.id : null,
        partnershipId: ofProject ? null : parent.id,
      });
      const people = new Set<number>();
      for (const org of involved) {
        this.emit('activityOrganisations', { activityId: id, organisationId: this.orgIds[org] });
        for (const person of random.sample(this.peopleByOrg[org] ?? [], random.int(0, 2))) people.add(person);
      }
      for (const person of [...people].slice(0, 4)) this.emit('activityPeople', { activityId: id, personId: this.personIds[person] });
      yield* this.pause();
    }
  }

  // ---------------------------------------------------------------- funding

  private *buildFunding(): Generator<void, void, undefined> {
    const random = this.rng('funding');
    const { geo, n, today } = this;
    const funderTypes = [T.FUNDER, T.LOCAL_AUTHORITY];
    if (n < 2 || !funderTypes.some((type) => (this.orgsByType.get(type) ?? []).length > 0)) return;
    let threeSixtyGiving = 0;

    const award = (recipient: { org?: number; partnership?: PartnershipInfo; project?: ProjectInfo }, las: readonly number[], preferred: number[], awardDay: number) => {
      const recipientOrg = recipient.org ?? -1;
      const exclude = new Set<number>(recipientOrg >= 0 ? [recipientOrg] : []);
      let funder = preferred.length > 0 && random.chance(0.6) ? random.pick(preferred) : -1;
      if (funder < 0 || exclude.has(funder)) {
        const council = this.councilOfLa[las[0]];
        funder = random.chance(0.3) && council >= 0 && !exclude.has(council) ? council : this.pickOrg(random, las, random.chance(0.7) ? [T.FUNDER] : funderTypes, exclude, true);
        if (funder < 0) funder = this.pickOrg(random, las, funderTypes, exclude, true);
      }
      if (funder < 0) return;
      const isCouncil = this.orgType[funder] === T.LOCAL_AUTHORITY;
      const recipientType = recipientOrg >= 0 ? this.orgType[recipientOrg] : null;
      const type = isCouncil
        ? random.chance(0.35) ? FundingType.CONTRACT : FundingType.GRANT
        : recipientType === T.SOCIAL_ENTERPRISE && random.chance(0.4) ? FundingType.LOAN
        : random.weighted([[FundingType.GRANT, 90], [FundingType.IN_KIND, 10]] as const);
      const pence = fundingPence(random, type);
      const months = { GRANT: pence < 1_000_000 ? random.int(3, 12) : random.pick([12, 12, 24, 36]), CONTRACT: random.pick([12, 24, 36]), LOAN: random.pick([36, 48, 60]), IN_KIND: random.int(3, 12) }[type];
      const periodStart = awardDay + random.int(0, 60);
      const periodEnd = addMonths(periodStart, months) - 1;
      const status = awardDay > today || (awardDay > today - 45 && random.chance(0.5))
        ? FundingStatus.PLEDGED
        : periodEnd < today && random.chance(0.85) ? FundingStatus.PAID : FundingStatus.AWARDED;
      const countyName = geo.counties[geo.las[las[0]].county].name;
      const area = geo.las[las[0]].name;
      const programme = (type === FundingType.LOAN ? LOAN_PROGRAMME : random.pick(isCouncil ? PROGRAMMES_FOR_COUNCILS : PROGRAMMES_FOR_FUNDERS))
        .replace('{county}', countyName)
        .replace('{area}', area)
        .replace('{funder}', this.orgName[funder].replace(/^The /, ''));
      const id = this.id('funding');
      const threeSixty = !isCouncil && type === FundingType.GRANT && random.chance(0.5) ? `360G-${slug(this.orgName[funder]).slice(0, 24)}-${String(++threeSixtyGiving).padStart(6, '0')}` : null;
      this.emit('funding', {
        id,
        ownerOrganisationId: this.orgIds[funder],
        visibility: this.visibility(random),
        funderOrganisationId: this.orgIds[funder],
        recipientOrganisationId: recipientOrg >= 0 ? this.orgIds[recipientOrg] : null,
        recipientPartnershipId: recipient.partnership?.id ?? null,
        recipientProjectId: recipient.project?.id ?? null,
        amount: money(pence),
        type,
        programme,
        awardDate: isoDay(awardDay),
        periodStart: isoDay(periodStart),
        periodEnd: isoDay(periodEnd),
        status,
        threeSixtyGivingId: threeSixty,
      });
      if (recipientOrg >= 0) this.fundedPairs.add(funder * n + recipientOrg);
      if (months > 12) {
        // A multi-year schedule: yearly or quarterly, the odd pennies on the first instalment.
        const every = random.chance(0.6) ? 12 : 3;
        const parts = Math.ceil(months / every);
        const share = Math.floor(pence / parts);
        for (let k = 0; k < parts; k++) {
          const due = addMonths(periodStart, k * every);
          this.emit('fundingInstalments', {
            id: this.id('fundingInstalments'),
            fundingId: id,
            dueDate: isoDay(due),
            amount: money(k === 0 ? pence - share * (parts - 1) : share),
            paid: status !== FundingStatus.PLEDGED && due <= today,
          });
        }
      }
    };

    for (const project of this.projects) {
      const fundable = project.status === ProjectStatus.PLANNED ? 0.3 : 0.65;
      if (random.chance(fundable)) {
        const funders = project.partnership >= 0 ? this.partnerships[project.partnership].funders : [];
        award({ project }, [project.la], funders, Math.min(today, project.start - random.int(0, 90)));
      }
      yield* this.pause();
    }
    for (const partnership of this.partnerships) {
      if (partnership.status !== PartnershipStatus.FORMING && random.chance(0.45)) {
        award({ partnership }, partnership.las, partnership.funders, Math.min(today, Math.max(partnership.start, today - random.int(0, 1100))));
      }
      yield* this.pause();
    }
    const grants = Math.round(n / 6);
    for (let g = 0; g < grants; g++) {
      const org = this.pickOrg(random, [], VCS);
      if (org < 0) break;
      award({ org }, [this.orgLa[org]], [], today - random.int(-20, 1100));
      yield* this.pause();
    }
  }

  // ---------------------------------------------------------------- relationships

  private *buildRelationships(): Generator<void, void, undefined> {
    const random = this.rng('relationships');
    const { n, today } = this;
    if (n < 2) return;
    const types = Object.values(RelationshipType);
    const typeIndex = new Map(types.map((type, index) => [type, index]));
    const ANY = null;
    const rules: Record<RelationshipType, [from: readonly OrganisationType[] | null, to: readonly OrganisationType[] | null, weight: number]> = {
      FUNDS: [[T.FUNDER, T.LOCAL_AUTHORITY], VCS, 6],
      DELIVERS_FOR: [[T.CHARITY, T.SOCIAL_ENTERPRISE, T.COMMUNITY_GROUP, T.BUSINESS], [T.LOCAL_AUTHORITY, T.PUBLIC_BODY, T.HOUSING_ASSOCIATION], 12],
      REFERS_TO: [ANY, ANY, 25],
      SHARES_DATA_WITH: [ANY, ANY, 10],
      FORMAL_AGREEMENT: [ANY, ANY, 8],
      MENTORS: [[T.CHARITY, T.UNIVERSITY_OR_COLLEGE, T.BUSINESS, T.HOUSING_ASSOCIATION, T.FUNDER], [T.COMMUNITY_GROUP, T.SOCIAL_ENTERPRISE, T.FAITH_GROUP, T.CHARITY], 7],
      SUPPLIES: [[T.BUSINESS, T.SOCIAL_ENTERPRISE], ANY, 6],
      CO_LOCATED: [ANY, ANY, 8],
      INFORMAL: [ANY, ANY, 18],
    };
    const weights = types.map((type) => [type, rules[type][2]] as const);
    const seen = new Set<number>();
    const count = 3 * n;

    for (let i = 0; i < count; i++) {
      // The first few cover every type; after that, the usual mix.
      const type = i < types.length ? types[i] : random.weighted(weights);
      const [fromTypes, toTypes] = rules[type];
      const directed = type !== RelationshipType.CO_LOCATED && type !== RelationshipType.INFORMAL;
      for (let attempt = 0; attempt < 6; attempt++) {
        const from = fromTypes ? this.pickOrg(random, [], fromTypes, undefined, true) : random.int(0, n - 1);
        if (from < 0) break;
        const to = this.pickOrg(random, random.chance(0.85) ? [this.orgLa[from]] : [], toTypes, new Set([from]), toTypes !== null);
        if (to < 0 || to === from) continue;
        if (type === RelationshipType.FUNDS && this.fundedPairs.has(from * n + to)) continue;
        const [a, b] = directed || from < to ? [from, to] : [to, from];
        const key = (a * n + b) * 16 + (typeIndex.get(type) as number);
        if (seen.has(key)) continue;
        seen.add(key);
        const start = today - random.int(60, 3650);
        const surveyed = random.chance(0.65);
        this.emit('relationships', {
          id: this.id('relationships'),
          ownerOrganisationId: this.orgIds[from],
          visibility: this.visibility(random),
          fromOrganisationId: this.orgIds[from],
          toOrganisationId: this.orgIds[to],
          type,
          directed,
          fromDate: isoDay(start),
          toDate: random.chance(0.06) ? isoDay(start + random.int(1, today - start)) : null,
          strength: random.weighted([[1, 10], [2, 20], [3, 35], [4, 25], [5, 10]] as const),
          trust: surveyed ? random.weighted([[1, 8], [2, 22], [3, 45], [4, 25]] as const) : null,
          value: surveyed ? random.weighted([[1, 8], [2, 25], [3, 42], [4, 25]] as const) : null,
          notes: random.chance(0.15) ? random.pick(RELATIONSHIP_NOTES[type] ?? ['']) || null : null,
        });
        break;
      }
      yield* this.pause();
    }
  }
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

function compatible(project: ProjectStatus, partnership: PartnershipStatus): boolean {
  switch (partnership) {
    case PartnershipStatus.CLOSED:
      return project === ProjectStatus.COMPLETED || project === ProjectStatus.CANCELLED;
    case PartnershipStatus.FORMING:
      return project === ProjectStatus.PLANNED || project === ProjectStatus.ACTIVE;
    case PartnershipStatus.PAUSED:
      return project !== ProjectStatus.ACTIVE;
    default:
      return true;
  }
}

function partnershipPurpose(random: SeededRandom, area: string, theme: string, governance: GovernanceModel): string {
  const topic = theme.toLowerCase();
  if (governance === GovernanceModel.COMMUNITY_LED) return `Residents of ${area} deciding together what happens on ${topic}, with local organisations in support.`;
  return random.pick([
    `Bringing ${area}'s ${topic} organisations together so residents get joined-up help.`,
    `A shared plan for ${topic} in ${area}, shaped by the people who live there.`,
    `Partners pooling money, staff and know-how to tackle ${topic} across ${area}.`,
    `Joining up ${topic} services in ${area} so nobody falls through the gaps.`,
  ]);
}

function attendance(random: SeededRandom, kind: ActivityKind): number | null {
  switch (kind) {
    case ActivityKind.MEETING:
      return random.int(4, 20);
    case ActivityKind.EVENT:
      return Math.round(random.logUniform(30, 400));
    case ActivityKind.WORKSHOP:
      return random.int(8, 30);
    case ActivityKind.CONSULTATION:
      return random.int(10, 80);
    case ActivityKind.DELIVERY:
      return random.int(5, 60);
    default:
      return null;
  }
}

/** An amount in pence between £500 and £500,000, shaped like real awards of the type. */
function fundingPence(random: SeededRandom, type: FundingType): number {
  let pounds: number;
  switch (type) {
    case FundingType.CONTRACT:
      return Math.round(random.logUniform(20_000, 500_000) * 100);
    case FundingType.LOAN:
      pounds = roundTo(random.logUniform(10_000, 250_000), 1000);
      break;
    case FundingType.IN_KIND:
      return Math.round(random.logUniform(500, 20_000) * 100);
    default:
      pounds = random.chance(0.45) ? roundTo(random.logUniform(500, 10_000), 50) : roundTo(random.logUniform(10_000, 150_000), 500);
  }
  return Math.min(50_000_000, Math.max(50_000, pounds * 100));
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

/** Pence as exact pounds: 123456 → "1234.56". */
export function money(pence: number): Money {
  const whole = Math.round(pence);
  return `${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

/**
 * `base`, or `base (II)`, `base (III)`, ... whichever is free. `seen` maps each name
 * taken to how many times its base has been asked for, so numbering carries on
 * without rescanning, and a numbered name is never handed out twice.
 */
function uniqueName(seen: Map<string, number>, base: string, suffix: (k: number) => string = (k) => ` (${romanNumeral(k)})`): string {
  let repeats = seen.get(base) ?? 0;
  let name = repeats === 0 ? base : `${base}${suffix(repeats + 1)}`;
  while (repeats > 0 && seen.has(name)) name = `${base}${suffix(++repeats + 1)}`;
  seen.set(base, repeats + 1);
  if (name !== base) seen.set(name, 1);
  return name;
}

function romanNumeral(n: number): string {
  // Beyond small numbers a plain number reads better than long numerals.
  const small = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return n < small.length ? small[n] : String(n);
}

function letter(random: SeededRandom): string {
  return 'ABDEFGHJLNPQRSTUWXYZ'[random.int(0, 19)];
}

function slug(text: string): string {
  return ascii(text.replace(/&/g, ' and ')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase();
}

/** For tests: how the generator scales a count. */
export { scaled as scaledCount };
