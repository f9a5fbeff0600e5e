/** Outcomes, indicators, measurements and stories. */

import { IndicatorDirection, OutcomeDefiner, Visibility } from '@cg/shared/domain';
import { addMonths, isoDay, startOfMonth } from '../dates';
import {
  ATTRIBUTIONS,
  FIRST_NAMES,
  GENERIC_INDICATORS,
  IndicatorTemplate,
  MEASUREMENT_NOTES,
  STORY_BODIES,
  STORY_QUOTES,
  STORY_TITLES,
  THEME_INFO,
} from '../names';
import { SeededRandom, WeightedIndex } from '../random';
import { scaled } from './common';
import type { NetworkBuilder, PartnershipInfo, ProjectInfo } from '../network-builder';

export function* buildOutcomes(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('outcomes');
  const { today } = net;
  if (net.partnerships.length === 0 && net.projects.length === 0) return;
  const count = scaled(net.n, 40, 1 / 4);
  const partnershipWeights = new WeightedIndex(net.partnerships.map((p) => ({ ACTIVE: 3, PAUSED: 1, CLOSED: 1, FORMING: 0.3 })[p.status]));
  const projectWeights = new WeightedIndex(net.projects.map((p) => ({ ACTIVE: 3, COMPLETED: 2, PAUSED: 1, PLANNED: 0.2, CANCELLED: 0.2 })[p.status]));

  for (let i = 0; i < count; i++) {
    const byPartnership = projectWeights.size === 0 || (partnershipWeights.size > 0 && i % 2 === 0);
    const partnershipIndex = byPartnership ? partnershipWeights.pick(random) : -1;
    const projectIndex = byPartnership ? -1 : projectWeights.pick(random);
    const owner: PartnershipInfo | ProjectInfo = byPartnership ? net.partnerships[partnershipIndex] : net.projects[projectIndex];
    const members = byPartnership ? net.partnerships[partnershipIndex].members : net.projects[projectIndex].participants;
    const la = byPartnership ? net.partnerships[partnershipIndex].las[0] : net.projects[projectIndex].la;
    const theme = random.pick(owner.themes);
    const info = THEME_INFO[theme];
    const template = random.pick(info.outcomes);
    const definedBy = random.weighted([[OutcomeDefiner.COMMUNITY, 40], [OutcomeDefiner.PARTNERSHIP, 35], [OutcomeDefiner.FUNDER, 15], [OutcomeDefiner.GOVERNMENT, 10]] as const);
    const id = net.id('outcomes');
    const ownerOrg = owner.owner;
    const visibility = net.narrower(owner.visibility, net.visibility(random, 0.08, 0.07));
    const area = owner.area;
    net.emit('outcomes', {
      id,
      ownerOrganisationId: ownerOrg,
      visibility,
      title: template.title.replace('{place}', area),
      description: template.description,
      ownerPartnershipId: byPartnership ? owner.id : null,
      ownerProjectId: byPartnership ? null : owner.id,
      definedBy,
      coProduced: random.chance(definedBy === OutcomeDefiner.COMMUNITY ? 0.85 : 0.3),
      missions: net.missionsFor(random, [theme], 2),
    });
    const contributors = [...new Set([members[0], ...random.sample(members, random.int(1, 6))])];
    for (const org of contributors) net.emit('outcomeContributors', { outcomeId: id, organisationId: net.orgIds[org] });
    if (byPartnership) {
      for (const project of random.sample(net.projectsByPartnership[partnershipIndex], random.int(0, 2))) {
        net.emit('projectOutcomes', { projectId: net.projects[project].id, outcomeId: id });
      }
    }

    // Indicators: one from the theme, sometimes a shared one as well.
    const templates = [random.pick(info.indicators), ...random.sample([...info.indicators, ...GENERIC_INDICATORS], random.int(0, 2))];
    const place = random.chance(0.5) ? owner.places[0] : -1;
    for (const indicator of [...new Set(templates)]) emitIndicator(net, random, indicator, id, ownerOrg, visibility, place);

    // Stories: narrative evidence, always with consent.
    for (let s = random.int(1, 3); s > 0; s--) {
      const date = today - random.int(0, 700);
      const people = contributors.flatMap((org) => net.peopleByOrg[org] ?? []);
      const storyteller = people.length > 0 && random.chance(0.35) ? (people.find((p) => net.personLived[p] === 1) ?? random.pick(people)) : -1;
      const firstName = storyteller >= 0 ? net.personFirstName[storyteller] : random.pick(FIRST_NAMES);
      const locality = net.localityOf(owner.places[0]);
      const fill = (text: string) => text.split('{name}').join(firstName).split('{place}').join(locality).split('{theme}').join(theme.toLowerCase());
      net.emit('stories', {
        id: net.id('stories'),
        ownerOrganisationId: ownerOrg,
        visibility: net.narrower(visibility, net.visibility(random, 0.1, 0.05)),
        outcomeId: id,
        title: random.pick(STORY_TITLES),
        body: fill(random.pick(STORY_BODIES)),
        quote: random.chance(0.85) ? random.pick(STORY_QUOTES) : null,
        attribution: storyteller >= 0 ? `${firstName}, ${fill(random.pick(ATTRIBUTIONS))}` : fill(random.pick(ATTRIBUTIONS)).replace(/^a/, 'A'),
        personId: storyteller >= 0 ? net.personIds[storyteller] : null,
        consentGiven: true,
        consentDate: isoDay(date - random.int(0, 30)),
        date: isoDay(date),
      });
    }
    net.outcomesByLa[la].push({ id, la });
    yield* net.pause();
  }
}

function emitIndicator(net: NetworkBuilder, random: SeededRandom, template: IndicatorTemplate, outcomeId: string, owner: string, visibility: Visibility, place: number): void {
  const { today } = net;
  const id = net.id('indicators');
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
  net.emit('indicators', {
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
  const placeId = place >= 0 ? net.geo.places[place].id : null;
  for (let k = 1; ; k++) {
    const day = addMonths(baselineDay, k * step);
    if (day > today) break;
    const progress = (day - baselineDay) / span;
    net.emit('measurements', {
      id: net.id('measurements'),
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
