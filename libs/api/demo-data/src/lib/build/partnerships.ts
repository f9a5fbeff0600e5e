/** Partnerships, their memberships and places. */

import { GovernanceModel, LevellingUpMission, OrganisationType, PartnerRole, PartnershipStatus } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { IN_KIND, PARTNERSHIP_PATTERNS, THEMES } from '../names';
import { SeededRandom } from '../random';
import { GRASSROOTS, money, roundTo, scaled, T, uniqueName } from './common';
import type { NetworkBuilder } from '../network-builder';

const LEAD_TYPES: Record<GovernanceModel, readonly OrganisationType[] | null> = {
  SINGLE_LEAD: [T.CHARITY, T.LOCAL_AUTHORITY, T.HOUSING_ASSOCIATION, T.PUBLIC_BODY, T.SOCIAL_ENTERPRISE],
  SHARED_LEADERSHIP: [T.CHARITY, T.SOCIAL_ENTERPRISE, T.PUBLIC_BODY, T.LOCAL_AUTHORITY, T.UNIVERSITY_OR_COLLEGE, T.HOUSING_ASSOCIATION],
  ROTATING_CHAIR: null,
  COMMUNITY_LED: GRASSROOTS,
  INFORMAL_NETWORK: null,
};

export function* buildPartnerships(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('partnerships');
  const { geo, n, today } = net;
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
    const area = countyWide ? geo.counties[county].name : neighbourhood >= 0 ? net.localityOf(neighbourhood) : geo.las[la].name;
    const theme = random.pick(THEMES);
    const themes = net.themesAround(random, theme, random.int(0, 2));
    const missions = net.missionsFor(random, themes, 3);
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
    for (let l = 0; l < leadCount; l++) add(net.pickOrg(random, las, leadTypes, chosen), leadRole);
    if (members.length < size && random.chance(0.45)) add(net.pickOrg(random, las, [T.FUNDER], chosen), PartnerRole.FUNDER);
    const council = countyWide ? net.councilOfCounty[county] : net.councilOfLa[la];
    if (members.length < size && council >= 0 && random.chance(0.3)) add(council, random.chance(0.5) ? PartnerRole.FUNDER : PartnerRole.CORE_MEMBER);
    while (members.length < size) {
      const org = net.pickOrg(random, las, null, chosen);
      if (org < 0) break;
      add(org, memberRole(net, random, net.orgType[org], governance));
    }

    const id = net.id('partnerships');
    const lead = members[0].org;
    const owner = net.orgIds[lead];
    const visibility = net.visibility(random);
    let base = '';
    for (let attempt = 0; attempt < 6 && (base === '' || seenNames.has(base)); attempt++) {
      base = random.pick(PARTNERSHIP_PATTERNS).replace('{area}', area).replace('{theme}', attempt < 3 ? theme : random.pick(themes));
    }
    const name = uniqueName(seenNames, base);
    net.emit('partnerships', {
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
      net.emit('partnershipMemberships', {
        id: net.id('partnershipMemberships'),
        ownerOrganisationId: owner,
        visibility,
        partnershipId: id,
        organisationId: net.orgIds[org],
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
    for (const place of uniquePlaces) net.emit('partnershipPlaces', { partnershipId: id, placeId: geo.places[place].id });

    net.partnerships.push({
      id, owner, lead, members: current.length >= 2 ? current : members.map((m) => m.org), funders, las, area, places: uniquePlaces,
      themes, status, governance, start, end, visibility,
    });
    net.projectsByPartnership.push([]);
    yield* net.pause();
  }
}

function memberRole(net: NetworkBuilder, random: SeededRandom, type: OrganisationType, governance: GovernanceModel): PartnerRole {
  if (type === T.FUNDER) return PartnerRole.FUNDER;
  if ((type === T.UNIVERSITY_OR_COLLEGE || type === T.PUBLIC_BODY) && random.chance(0.5)) return PartnerRole.ADVISER;
  if (GRASSROOTS.includes(type) && random.chance(governance === GovernanceModel.COMMUNITY_LED ? 0.5 : 0.2)) return PartnerRole.COMMUNITY_ANCHOR;
  return random.chance(0.55) ? PartnerRole.CORE_MEMBER : PartnerRole.DELIVERY_PARTNER;
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
