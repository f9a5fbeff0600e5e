/** Needs raised in places. */

import { NeedSource, Priority, Visibility } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { THEME_INFO, THEMES } from '../names';
import { VCS } from './common';
import type { NetworkBuilder } from '../network-builder';

export function* buildNeeds(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('needs');
  const { geo, n, today } = net;
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
      const raiser = raisedBy === NeedSource.ORGANISATION && n > 0 ? net.pickOrg(random, [ward.la], VCS) : -1;
      const theme = random.pick(THEMES);
      const themes = net.themesAround(random, theme, random.chance(0.4) ? 1 : 0);
      const template = random.pick(THEME_INFO[theme].needs);
      const locality = net.localityOf(place);
      const ownerIndex = raiser >= 0 ? raiser : net.councilOfLa[ward.la];
      const owner = ownerIndex >= 0 ? net.orgIds[ownerIndex] : null;
      const id = net.id('needs');
      const description = raisedBy === NeedSource.DATA
        ? `${template.description} ${geo.places[place].name} is in IMD 2019 decile ${decile} (1 is the most deprived tenth of England).`
        : template.description;
      net.emit('needs', {
        id,
        ownerOrganisationId: owner,
        visibility: owner ? net.visibility(random) : Visibility.PUBLIC,
        title: template.title.replace('{place}', locality),
        description,
        placeId: geo.places[place].id,
        raisedBy,
        raisedByOrganisationId: raiser >= 0 ? net.orgIds[raiser] : null,
        raisedOn: isoDay(today - random.int(20, 1000)),
        themes,
        priority: random.weighted([
          [Priority.LOW, decile >= 7 ? 35 : 10], [Priority.MEDIUM, 40], [Priority.HIGH, decile <= 3 ? 35 : 20], [Priority.URGENT, decile <= 2 ? 20 : 5],
        ] as const),
      });
      const projects = net.projectsByLa[ward.la];
      if (projects.length > 0 && random.chance(0.6)) {
        const matching = projects.filter((p) => net.projects[p].themes.includes(theme));
        for (const project of random.sample(matching.length > 0 ? matching : projects, random.int(1, 2))) {
          net.emit('needProjects', { needId: id, projectId: net.projects[project].id });
        }
      }
      const outcomes = net.outcomesByLa[ward.la];
      if (outcomes.length > 0 && random.chance(0.4)) net.emit('needOutcomes', { needId: id, outcomeId: random.pick(outcomes).id });
    }
    yield* net.pause();
  }
}
