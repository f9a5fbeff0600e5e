import {
  ActivityKind,
  FundingStatus,
  GovernanceModel,
  levelOfGssCode,
  NeedSource,
  OrganisationType,
  parseOrgId,
  PartnerRole,
  PartnershipStatus,
  pathLabel,
  PlaceLevel,
  ProjectStatus,
  RelationshipType,
  SECTOR_OF_TYPE,
  Visibility,
} from '@cg/shared/domain';
import { DEFAULT_TODAY, generateNetwork, streamNetwork } from './generate-network';
import { lsoaTarget } from './generate-places';
import { scaledCount } from './network-builder';
import { DemoNetwork, emptyNetwork, networkCounts, RecordRow, TABLE_KEYS, TABLES } from './tables';

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(iso) / DAY);
const today = dayOf(DEFAULT_TODAY);
const pence = (amount: string) => {
  const [pounds, fraction = ''] = amount.split('.');
  return Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
};
const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

describe('generateNetwork', () => {
  let demo: DemoNetwork;
  beforeAll(() => (demo = generateNetwork({ organisations: 160 })));

  describe('determinism', () => {
    it('gives the same network for a seed, and another for another seed', () => {
      expect(generateNetwork({ organisations: 50 })).toEqual(generateNetwork({ organisations: 50 }));
      expect(generateNetwork({ organisations: 50, seed: 1 })).not.toEqual(generateNetwork({ organisations: 50 }));
    });

    it('dates everything up to the reference date it is given, not the clock', () => {
      const earlier = generateNetwork({ organisations: 160, today: '2025-03-15' });
      expect(earlier.organisations).toEqual(demo.organisations);
      const latest = (dates: string[]) => dates.reduce((max, date) => (date > max ? date : max));
      expect(latest(earlier.activities.map((a) => a.date)) <= '2025-03-15').toBe(true);
      expect(latest(earlier.activities.map((a) => a.date)) > '2025-02-01').toBe(true);
      expect(latest(earlier.measurements.map((m) => m.date)) <= '2025-03-15').toBe(true);
      expect(latest(demo.activities.map((a) => a.date)) <= DEFAULT_TODAY).toBe(true);
    });

    it('builds the same rows when streamed in small chunks', () => {
      const stream = streamNetwork({ organisations: 160 }, 500);
      const collected = emptyNetwork();
      const copy = () => {
        for (const key of TABLE_KEYS) (collected[key] as object[]).push(...(stream.buffer[key] as object[]));
        stream.drain();
      };
      let chunks = 0;
      for (const _chunk of stream.chunks()) {
        chunks++;
        copy();
      }
      copy();
      expect(chunks).toBeGreaterThan(5);
      expect(collected).toEqual(demo);
    });
  });

  describe('at demo size', () => {
    it('has 160 organisations of every type, each in its sector, all public', () => {
      expect(demo.organisations).toHaveLength(160);
      expect(new Set(demo.organisations.map((o) => o.type))).toEqual(new Set(Object.values(OrganisationType)));
      for (const organisation of demo.organisations) {
        expect(organisation.sector).toBe(SECTOR_OF_TYPE[organisation.type]);
        expect(organisation.visibility).toBe(Visibility.PUBLIC);
        expect(organisation.themes.length).toBeGreaterThanOrEqual(1);
        expect(organisation.themes.length).toBeLessThanOrEqual(3);
      }
      expect(demo.organisations.filter((o) => o.website).length).toBeGreaterThan(100);
      expect(demo.organisations.filter((o) => o.email).length).toBeGreaterThan(100);
      expect(new Set(demo.organisations.map((o) => o.name)).size).toBe(160);
    });

    it('has 20 partnerships with every governance model and status', () => {
      expect(demo.partnerships).toHaveLength(20);
      expect(new Set(demo.partnerships.map((p) => p.governanceModel))).toEqual(new Set(Object.values(GovernanceModel)));
      expect(new Set(demo.partnerships.map((p) => p.status))).toEqual(new Set(Object.values(PartnershipStatus)));
      for (const partnership of demo.partnerships) {
        expect(partnership.missions.length).toBeGreaterThanOrEqual(1);
        expect(demo.partnershipPlaces.some((p) => p.partnershipId === partnership.id)).toBe(true);
        if (partnership.status === PartnershipStatus.CLOSED) expect(partnership.endDate).not.toBeNull();
      }
    });

    it('has 60 projects, 300 activities, 40 outcomes, 30+ needs and about 1.5 people per organisation', () => {
      expect(demo.projects).toHaveLength(60);
      expect(new Set(demo.projects.map((p) => p.status))).toEqual(new Set(Object.values(ProjectStatus)));
      expect(demo.projects.filter((p) => p.partnershipId).length).toBeGreaterThan(40);
      expect(demo.projects.some((p) => p.sharedLeadership)).toBe(true);
      expect(demo.activities).toHaveLength(300);
      expect(new Set(demo.activities.map((a) => a.kind))).toEqual(new Set(Object.values(ActivityKind)));
      expect(demo.outcomes).toHaveLength(40);
      expect(demo.needs.length).toBeGreaterThanOrEqual(30);
      expect(new Set(demo.needs.map((n) => n.raisedBy))).toEqual(new Set(Object.values(NeedSource)));
      expect(demo.needProjects.length).toBeGreaterThan(0);
      expect(demo.needOutcomes.length).toBeGreaterThan(0);
      expect(demo.people).toHaveLength(240);
      expect(demo.people.some((p) => p.livedExperience)).toBe(true);
      expect(demo.people.some((p) => p.communityRepresentative)).toBe(true);
      for (const person of demo.people) expect(person.lawfulBasis && person.consentDate && person.consentPurpose).toBeTruthy();
    });

    it('gives every person exactly one primary affiliation, owned by that organisation', () => {
      const byPerson = groupBy(demo.affiliations, (a) => a.personId);
      for (const person of demo.people) {
        const primary = (byPerson.get(person.id) ?? []).filter((a) => a.isPrimary);
        expect(primary).toHaveLength(1);
        expect(person.ownerOrganisationId).toBe(primary[0].organisationId);
        expect(primary[0].title).toBeTruthy();
      }
    });

    it('gives every outcome 1–3 indicators measured over two years, and 1–3 stories told with consent', () => {
      const indicators = groupBy(demo.indicators, (i) => i.outcomeId);
      const measurements = groupBy(demo.measurements, (m) => m.indicatorId);
      const stories = groupBy(demo.stories, (s) => s.outcomeId);
      for (const outcome of demo.outcomes) {
        const own = indicators.get(outcome.id) ?? [];
        expect(own.length).toBeGreaterThanOrEqual(1);
        expect(own.length).toBeLessThanOrEqual(3);
        for (const indicator of own) {
          expect(indicator.baselineValue).not.toBeNull();
          expect(indicator.targetValue).not.toBeNull();
          expect(dayOf(indicator.targetDate as string)).toBeGreaterThan(dayOf(indicator.baselineDate as string));
          const dates = (measurements.get(indicator.id) ?? []).map((m) => dayOf(m.date)).sort((a, b) => a - b);
          expect(dates.length).toBeGreaterThanOrEqual(7);
          expect(dates[dates.length - 1] - dates[0]).toBeGreaterThanOrEqual(540);
          expect(dates[dates.length - 1]).toBeLessThanOrEqual(today);
        }
        const told = stories.get(outcome.id) ?? [];
        expect(told.length).toBeGreaterThanOrEqual(1);
        expect(told.length).toBeLessThanOrEqual(3);
        for (const story of told) {
          expect(story.consentGiven).toBe(true);
          expect(story.consentDate && story.consentDate <= story.date).toBe(true);
          expect(story.body.length).toBeGreaterThan(40);
        }
      }
      const all = demo.measurements.map((m) => dayOf(m.date));
      expect(Math.max(...all) - Math.min(...all)).toBeGreaterThanOrEqual(700);
      expect(demo.outcomes.filter((o) => o.definedBy === 'COMMUNITY').length).toBeGreaterThanOrEqual(8);
    });

    it('has some indicators on track and some off track', () => {
      const measurements = groupBy(demo.measurements, (m) => m.indicatorId);
      const progress = demo.indicators.map((indicator) => {
        const series = (measurements.get(indicator.id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
        const last = series[series.length - 1].value;
        const elapsed = (dayOf(series[series.length - 1].date) - dayOf(indicator.baselineDate as string)) / (dayOf(indicator.targetDate as string) - dayOf(indicator.baselineDate as string));
        const achieved = (last - (indicator.baselineValue as number)) / ((indicator.targetValue as number) - (indicator.baselineValue as number));
        return achieved / elapsed;
      });
      expect(progress.filter((ratio) => ratio >= 0.8).length).toBeGreaterThan(10);
      expect(progress.filter((ratio) => ratio < 0.5).length).toBeGreaterThan(10);
    });

    it('funds organisations, partnerships and projects from at least three funders', () => {
      const types = new Map(demo.organisations.map((o) => [o.id, o.type]));
      const funders = new Set(demo.funding.map((f) => f.funderOrganisationId));
      expect(funders.size).toBeGreaterThanOrEqual(3);
      for (const funder of funders) expect([OrganisationType.FUNDER, OrganisationType.LOCAL_AUTHORITY]).toContain(types.get(funder));
      expect([...funders].some((f) => types.get(f) === OrganisationType.FUNDER)).toBe(true);
      expect(demo.funding.some((f) => f.recipientOrganisationId)).toBe(true);
      expect(demo.funding.some((f) => f.recipientPartnershipId)).toBe(true);
      expect(demo.funding.some((f) => f.recipientProjectId)).toBe(true);
      expect(demo.funding.some((f) => f.programme === 'Wyvernshire Thriving Communities Fund')).toBe(true);
      expect(new Set(demo.funding.map((f) => f.status))).toEqual(new Set(Object.values(FundingStatus)));
      for (const funding of demo.funding) {
        expect([funding.recipientOrganisationId, funding.recipientPartnershipId, funding.recipientProjectId].filter(Boolean)).toHaveLength(1);
        expect(funding.recipientOrganisationId).not.toBe(funding.funderOrganisationId);
        expect(pence(funding.amount)).toBeGreaterThanOrEqual(500_00);
        expect(pence(funding.amount)).toBeLessThanOrEqual(500_000_00);
        expect(funding.amount).toMatch(/^\d+\.\d{2}$/);
        expect((funding.periodEnd as string) > (funding.periodStart as string)).toBe(true);
      }
    });

    it('schedules multi-year awards in instalments that add up to the penny', () => {
      const instalments = groupBy(demo.fundingInstalments, (i) => i.fundingId);
      let multiYear = 0;
      for (const funding of demo.funding) {
        const months = (dayOf(funding.periodEnd as string) - dayOf(funding.periodStart as string)) / 30.4;
        const schedule = instalments.get(funding.id) ?? [];
        if (months > 12.5) {
          multiYear++;
          expect(schedule.length).toBeGreaterThanOrEqual(2);
          expect(schedule.reduce((sum, i) => sum + pence(i.amount), 0)).toBe(pence(funding.amount));
          for (const instalment of schedule) {
            expect(instalment.dueDate >= (funding.periodStart as string) && instalment.dueDate <= (funding.periodEnd as string)).toBe(true);
            if (funding.status === FundingStatus.PLEDGED) expect(instalment.paid).toBe(false);
          }
        } else {
          expect(schedule).toHaveLength(0);
        }
      }
      expect(multiYear).toBeGreaterThan(5);
    });
  });

  describe('organisation identifiers', () => {
    it('are valid org-ids of the right list for each type', () => {
      const byOrganisation = groupBy(demo.organisationIdentifiers, (i) => i.organisationId);
      for (const identifier of demo.organisationIdentifiers) {
        const parsed = parseOrgId(identifier.identifier);
        expect(parsed).toEqual({ scheme: identifier.scheme, value: identifier.identifier.slice(identifier.scheme.length + 1), identifier: identifier.identifier });
      }
      const expected: Partial<Record<OrganisationType, string>> = {
        CHARITY: 'GB-CHC', BUSINESS: 'GB-COH', SOCIAL_ENTERPRISE: 'GB-COH', LOCAL_AUTHORITY: 'GB-LAE',
        UNIVERSITY_OR_COLLEGE: 'GB-UKPRN', HOUSING_ASSOCIATION: 'GB-SHPE',
      };
      for (const organisation of demo.organisations) {
        const own = byOrganisation.get(organisation.id) ?? [];
        if (own.length > 0) expect(own.filter((i) => i.isPrimary)).toHaveLength(1);
        const scheme = expected[organisation.type];
        if (scheme) expect(own.find((i) => i.isPrimary)?.scheme).toBe(scheme);
      }
      const charities = demo.organisations.filter((o) => o.type === OrganisationType.CHARITY).map((o) => byOrganisation.get(o.id) ?? []);
      expect(charities.some((ids) => ids.some((i) => i.scheme === 'GB-COH'))).toBe(true);
      expect(demo.organisationIdentifiers.find((i) => i.scheme === 'GB-CHC')?.identifier).toMatch(/^GB-CHC-\d{7}$/);
      expect(demo.organisationIdentifiers.find((i) => i.scheme === 'GB-COH')?.identifier).toMatch(/^GB-COH-\d{8}$/);
    });

    it('and names stay unique at scale', () => {
      const large = generateNetwork({ organisations: 20000 });
      expect(new Set(large.organisations.map((o) => o.name)).size).toBe(20000);
      const identifiers = large.organisationIdentifiers.map((i) => i.identifier.toLowerCase());
      expect(new Set(identifiers).size).toBe(identifiers.length);
      for (const identifier of large.organisationIdentifiers) expect('error' in parseOrgId(identifier.identifier)).toBe(false);
      expect(large.places.filter((p) => p.level === PlaceLevel.LSOA).length).toBeGreaterThan(3000);
    });
  });

  describe('integrity', () => {
    it('points every reference at a generated row', () => {
      const ids = new Map(TABLES.map((spec) => [spec.key, new Set((demo[spec.key] as object[]).map((row) => (row as { id?: string }).id))]));
      let checked = 0;
      for (const spec of TABLES) {
        for (const column of spec.columns.filter((c) => c.references)) {
          const targets = ids.get(column.references as keyof DemoNetwork) as Set<string | undefined>;
          for (const row of demo[spec.key] as object[]) {
            const value = (row as Record<string, string | null>)[column.field];
            if (value === null) continue;
            checked++;
            if (!targets.has(value)) throw new Error(`${spec.table}.${column.name} points at ${value}, which was not generated.`);
          }
        }
      }
      expect(checked).toBeGreaterThan(5000);
    });

    it('gives every row a unique v4-shaped id and every link table unique pairs', () => {
      const all: string[] = [];
      for (const spec of TABLES) {
        const rows = demo[spec.key] as object[];
        if (spec.columns.some((c) => c.name === 'id')) {
          for (const row of rows) all.push((row as { id: string }).id);
        } else {
          const keys = rows.map((row) => spec.columns.map((c) => (row as Record<string, string>)[c.field]).join('|'));
          expect(new Set(keys).size).toBe(keys.length);
        }
      }
      for (const id of all) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(all).size).toBe(all.length);
      const memberships = demo.partnershipMemberships.map((m) => `${m.partnershipId}|${m.organisationId}`);
      expect(new Set(memberships).size).toBe(memberships.length);
      const participants = demo.projectParticipants.map((p) => `${p.projectId}|${p.organisationId}`);
      expect(new Set(participants).size).toBe(participants.length);
    });

    it('nests places in a consistent ltree hierarchy with populations and deprivation', () => {
      const byId = new Map(demo.places.map((p) => [p.id, p]));
      const depth: Record<PlaceLevel, number> = { COUNTRY: 0, REGION: 1, COUNTY: 2, COMBINED_AUTHORITY: 1, LOCAL_AUTHORITY: 3, WARD: 4, MSOA: 5, LSOA: 6, CUSTOM: 5 };
      expect(new Set(demo.places.map((p) => p.code)).size).toBe(demo.places.length);
      for (const place of demo.places) {
        expect(place.path).toMatch(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/);
        if (place.level !== PlaceLevel.CUSTOM) expect(levelOfGssCode(place.code)).toBe(place.level);
        if (place.parentId === null) {
          expect(place.level).toBe(PlaceLevel.COUNTRY);
          expect(place.path).toBe(place.code);
          continue;
        }
        const parent = byId.get(place.parentId) as (typeof demo.places)[number];
        expect(place.path).toBe(`${parent.path}.${pathLabel(place.code)}`);
        expect(depth[place.level]).toBe(place.level === PlaceLevel.CUSTOM ? depth[PlaceLevel.WARD] + 1 : depth[parent.level] + 1);
        expect(place.path.split('.')).toHaveLength(depth[place.level] + 1);
      }
      const counts = groupBy(demo.places, (p) => p.level);
      expect(counts.get(PlaceLevel.COUNTRY)).toHaveLength(1);
      expect(counts.get(PlaceLevel.REGION)?.[0].code).toBe('E12000004');
      expect(counts.get(PlaceLevel.COUNTY)?.[0].name).toBe('Wyvernshire');
      expect(counts.get(PlaceLevel.LOCAL_AUTHORITY)?.length).toBeGreaterThanOrEqual(3);
      expect(counts.get(PlaceLevel.LOCAL_AUTHORITY)?.length).toBeLessThanOrEqual(4);
      expect(counts.get(PlaceLevel.CUSTOM)?.length).toBeGreaterThanOrEqual(2);
      expect(counts.get(PlaceLevel.CUSTOM)?.length).toBeLessThanOrEqual(3);
      const lsoas = counts.get(PlaceLevel.LSOA) ?? [];
      expect(new Set(lsoas.map((l) => l.imdDecile))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
      for (const lsoa of lsoas) {
        expect(lsoa.imdRank).toBeGreaterThanOrEqual(1);
        expect(lsoa.imdRank).toBeLessThanOrEqual(32_844);
        expect(Math.ceil((lsoa.imdRank as number) / 3284.4)).toBe(lsoa.imdDecile);
      }
      for (const level of [PlaceLevel.WARD, PlaceLevel.LOCAL_AUTHORITY]) {
        for (const place of counts.get(level) ?? []) expect(place.imdDecile).toBeGreaterThanOrEqual(1);
      }
      // Populations add up from LSOAs to the country (custom places overlap and are left out).
      const country = (counts.get(PlaceLevel.COUNTRY) ?? [])[0];
      expect(country.population).toBe(lsoas.reduce((sum, l) => sum + (l.population ?? 0), 0));
      const homes = new Set(demo.organisations.map((o) => byId.get(o.homePlaceId as string)?.level));
      expect([...homes].every((level) => level === PlaceLevel.LSOA || level === PlaceLevel.WARD)).toBe(true);
    });

    it('gives every outcome exactly one owner, and its lead organisation as record owner', () => {
      const leadOf = new Map([...demo.partnerships, ...demo.projects].map((r) => [r.id, r.ownerOrganisationId]));
      for (const outcome of demo.outcomes) {
        const owners = [outcome.ownerPartnershipId, outcome.ownerProjectId].filter((id) => id !== null);
        expect(owners).toHaveLength(1);
        expect(outcome.ownerOrganisationId).toBe(leadOf.get(owners[0] as string));
      }
      expect(demo.outcomes.some((o) => o.ownerPartnershipId)).toBe(true);
      expect(demo.outcomes.some((o) => o.ownerProjectId)).toBe(true);
    });

    it('gives partnerships 4–15 members and the leads their governance model calls for', () => {
      const members = groupBy(demo.partnershipMemberships, (m) => m.partnershipId);
      for (const partnership of demo.partnerships) {
        const own = members.get(partnership.id) ?? [];
        expect(own.length).toBeGreaterThanOrEqual(4);
        expect(own.length).toBeLessThanOrEqual(15);
        const count = (role: PartnerRole) => own.filter((m) => m.role === role).length;
        if (partnership.governanceModel === GovernanceModel.SINGLE_LEAD) {
          expect(count(PartnerRole.LEAD)).toBe(1);
          expect(partnership.ownerOrganisationId).toBe(own.find((m) => m.role === PartnerRole.LEAD)?.organisationId);
        } else {
          expect(count(PartnerRole.LEAD)).toBe(0);
        }
        if (partnership.governanceModel === GovernanceModel.SHARED_LEADERSHIP) expect(count(PartnerRole.CO_LEAD)).toBeGreaterThanOrEqual(2);
        if (partnership.governanceModel === GovernanceModel.COMMUNITY_LED) expect(count(PartnerRole.COMMUNITY_ANCHOR)).toBeGreaterThanOrEqual(1);
        for (const membership of own) {
          expect(membership.ownerOrganisationId).toBe(partnership.ownerOrganisationId);
          expect((membership.fromDate as string) >= (partnership.startDate as string)).toBe(true);
        }
      }
      expect(demo.partnershipMemberships.some((m) => m.decisionSeat)).toBe(true);
      expect(demo.partnershipMemberships.some((m) => pence(m.cashContribution) > 0)).toBe(true);
      expect(demo.partnershipMemberships.some((m) => pence(m.inKindContribution) > 0 && m.inKindDescription)).toBe(true);
    });

    it('draws project participants from the partnership, led by the record owner', () => {
      const members = groupBy(demo.partnershipMemberships, (m) => m.partnershipId);
      const participants = groupBy(demo.projectParticipants, (p) => p.projectId);
      for (const project of demo.projects) {
        const own = participants.get(project.id) ?? [];
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(8);
        if (project.partnershipId) {
          const memberOrgs = new Set((members.get(project.partnershipId) ?? []).map((m) => m.organisationId));
          for (const participant of own) expect(memberOrgs.has(participant.organisationId)).toBe(true);
        }
        const leads = own.filter((p) => p.role === (project.sharedLeadership ? PartnerRole.CO_LEAD : PartnerRole.LEAD));
        expect(leads.length).toBe(project.sharedLeadership ? 2 : 1);
        expect(project.ownerOrganisationId).toBe(leads[0].organisationId);
        expect(demo.projectPlaces.some((p) => p.projectId === project.id)).toBe(true);
      }
    });

    it('logs activities in the last two years against one project or partnership, with its own organisations', () => {
      const groups = new Map<string, Set<string>>();
      for (const m of demo.partnershipMemberships) groups.set(m.partnershipId, (groups.get(m.partnershipId) ?? new Set()).add(m.organisationId));
      for (const p of demo.projectParticipants) groups.set(p.projectId, (groups.get(p.projectId) ?? new Set()).add(p.organisationId));
      const involved = groupBy(demo.activityOrganisations, (a) => a.activityId);
      for (const activity of demo.activities) {
        expect(dayOf(activity.date)).toBeGreaterThanOrEqual(today - 730);
        expect(dayOf(activity.date)).toBeLessThanOrEqual(today);
        const parents = [activity.projectId, activity.partnershipId].filter((id) => id !== null) as string[];
        expect(parents).toHaveLength(1);
        const orgs = involved.get(activity.id) ?? [];
        expect(orgs.length).toBeGreaterThanOrEqual(1);
        for (const org of orgs) expect(groups.get(parents[0])?.has(org.organisationId)).toBe(true);
      }
    });

    it('types ties of every kind with no self-ties, undirected where they are mutual', () => {
      expect(demo.relationships.length).toBeGreaterThanOrEqual(450);
      expect(new Set(demo.relationships.map((r) => r.type))).toEqual(new Set(Object.values(RelationshipType)));
      const keys = new Set<string>();
      for (const tie of demo.relationships) {
        expect(tie.fromOrganisationId).not.toBe(tie.toOrganisationId);
        expect(tie.directed).toBe(tie.type !== RelationshipType.CO_LOCATED && tie.type !== RelationshipType.INFORMAL);
        expect(tie.strength).toBeGreaterThanOrEqual(1);
        expect(tie.strength).toBeLessThanOrEqual(5);
        for (const score of [tie.trust, tie.value]) if (score !== null) expect(score >= 1 && score <= 4).toBe(true);
        const key = `${tie.fromOrganisationId}|${tie.toOrganisationId}|${tie.type}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
      }
      expect(demo.relationships.filter((r) => r.trust !== null).length).toBeGreaterThan(demo.relationships.length / 2);
      // A tie the funding records already imply is not typed again.
      const funded = new Set(demo.funding.map((f) => `${f.funderOrganisationId}|${f.recipientOrganisationId}`));
      for (const tie of demo.relationships.filter((r) => r.type === RelationshipType.FUNDS)) {
        expect(funded.has(`${tie.fromOrganisationId}|${tie.toOrganisationId}`)).toBe(false);
      }
    });

    it('keeps most records public, some for partners or private, always with an owner', () => {
      const records = TABLES.filter((spec) => spec.key !== 'places' && spec.key !== 'organisations' && spec.columns.some((c) => c.name === 'visibility'))
        .flatMap((spec) => demo[spec.key] as unknown as RecordRow[]);
      const share = (visibility: Visibility) => records.filter((r) => r.visibility === visibility).length / records.length;
      expect(share(Visibility.PUBLIC)).toBeGreaterThan(0.6);
      expect(share(Visibility.PARTNERS)).toBeGreaterThan(0.03);
      expect(share(Visibility.PRIVATE)).toBeGreaterThan(0.03);
      for (const record of records) expect(record.ownerOrganisationId).not.toBeNull();
    });
  });

  describe('scale', () => {
    it('grows with the organisation count and stays plausible for a national run', () => {
      expect(scaledCount(160, 20, 1 / 8)).toBe(20);
      expect(scaledCount(200_000, 20, 1 / 8)).toBe(25_000);
      expect(scaledCount(200_000, 60, 1 / 3)).toBeCloseTo(66_673, -1);
      expect(lsoaTarget(200_000)).toBeLessThanOrEqual(33_000);
      const counts = networkCounts(generateNetwork({ organisations: 2000 }));
      expect(counts['partnership']).toBe(250);
      expect(counts['project']).toBe(673);
      expect(counts['person']).toBe(3000);
      expect(counts['relationship']).toBeGreaterThan(5900);
      expect(counts['place']).toBeGreaterThan(400);
    });
  });
});
