/** Projects, their participants and places. */

import { GovernanceModel, PartnerRole, PartnershipStatus, ProjectStatus, Visibility } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { CONTRIBUTION_NOTES, THEME_INFO, THEMES } from '../names';
import { WeightedIndex } from '../random';
import { GRASSROOTS, money, roundTo, scaled, T, uniqueName, VCS } from './common';
import type { NetworkBuilder } from '../network-builder';

export function* buildProjects(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('projects');
  const { geo, n, today } = net;
  if (n < 2) return;
  const count = scaled(n, 60, 1 / 3);
  const statuses = Object.values(ProjectStatus);
  const choosePartnership = new WeightedIndex(
    net.partnerships.map((p) => ({ ACTIVE: 3, PAUSED: 1, FORMING: 0.5, CLOSED: 1.2 })[p.status]),
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
        if (candidate >= 0 && compatible(status, net.partnerships[candidate].status)) partnershipIndex = candidate;
      }
    }
    const partnership = partnershipIndex >= 0 ? net.partnerships[partnershipIndex] : null;
    const la = partnership ? random.pick(partnership.las) : random.int(0, geo.las.length - 1);

    // Participants: the partnership's members where there is one.
    const size = random.int(2, 8);
    let participants: number[];
    if (partnership) {
      participants = random.sample(partnership.members, size);
      if (!participants.includes(partnership.lead) && random.chance(0.4)) participants[0] = partnership.lead;
    } else {
      const chosen = new Set<number>();
      const lead = net.pickOrg(random, [la], VCS, chosen);
      chosen.add(lead);
      while (chosen.size < Math.min(size, n)) {
        const org = net.pickOrg(random, [la], null, chosen);
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

    const places = [...new Set(Array.from({ length: random.int(1, 2) }, () => (partnership && random.chance(0.5) ? random.pick(partnership.places) : net.placeIn(random, la))))];
    const area = net.localityOf(places[0]);
    const theme = partnership ? random.pick(partnership.themes) : random.pick(THEMES);
    const themes = net.themesAround(random, theme, random.chance(0.4) ? 1 : 0);
    const info = THEME_INFO[theme];
    let base = '';
    for (let attempt = 0; attempt < 4 && (base === '' || seenNames.has(base)); attempt++) base = random.pick(info.projects).replace('{place}', area);
    const name = uniqueName(seenNames, base, (k) => ` – Phase ${k}`);
    const id = net.id('projects');
    const owner = net.orgIds[lead];
    const visibility = net.narrower(partnership?.visibility ?? Visibility.PUBLIC, net.visibility(random, 0.08, 0.07));
    const budget = random.chance(0.95) ? roundTo(random.logUniform(2000, 400000), 100) : null;
    net.emit('projects', {
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
      missions: net.missionsFor(random, themes, 2),
    });
    participants.forEach((org, index) => {
      const type = net.orgType[org];
      const role = index === 0 || (shared && index === 1)
        ? shared ? PartnerRole.CO_LEAD : PartnerRole.LEAD
        : type === T.FUNDER ? PartnerRole.FUNDER
        : (type === T.UNIVERSITY_OR_COLLEGE || type === T.PUBLIC_BODY) && random.chance(0.5) ? PartnerRole.ADVISER
        : GRASSROOTS.includes(type) && random.chance(0.4) ? PartnerRole.COMMUNITY_ANCHOR
        : random.chance(0.7) ? PartnerRole.DELIVERY_PARTNER : PartnerRole.CORE_MEMBER;
      const base = budget ?? 10000;
      const cash = role === PartnerRole.FUNDER ? roundTo(base * random.between(0.1, 0.5), 100) : index === 0 && random.chance(0.5) ? roundTo(base * random.between(0.02, 0.2), 50) : random.chance(0.2) ? roundTo(random.logUniform(100, 5000), 10) : 0;
      const inKind = random.chance(0.5) ? roundTo(random.logUniform(200, 10000), 10) : 0;
      net.emit('projectParticipants', {
        id: net.id('projectParticipants'),
        ownerOrganisationId: owner,
        visibility,
        projectId: id,
        organisationId: net.orgIds[org],
        role,
        cashContribution: money(cash * 100),
        inKindContribution: money(inKind * 100),
        contributionNotes: cash > 0 || inKind > 0 ? random.pick(CONTRIBUTION_NOTES) : null,
      });
    });
    for (const place of places) net.emit('projectPlaces', { projectId: id, placeId: geo.places[place].id });

    const index = net.projects.length;
    net.projects.push({ id, owner, lead, partnership: partnershipIndex, participants, la, area, places, themes, status, start, end, visibility });
    if (partnershipIndex >= 0) net.projectsByPartnership[partnershipIndex].push(index);
    net.projectsByLa[la].push(index);
    yield* net.pause();
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
