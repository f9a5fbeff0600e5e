/** Activities and who took part. */

import { ActivityKind } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { ACTIVITY_NOTES, ACTIVITY_TITLES } from '../names';
import { SeededRandom, WeightedIndex } from '../random';
import { scaled } from './common';
import type { NetworkBuilder, PartnershipInfo, ProjectInfo } from '../network-builder';

export function* buildActivities(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('activities');
  const { geo, today } = net;
  if (net.partnerships.length === 0 && net.projects.length === 0) return;
  const count = scaled(net.n, 300, 5 / 3);
  const earliest = today - 730;
  // Only projects and partnerships still going in the last two years keep a log there.
  const live = (end: number | null) => end === null || end >= earliest + 30;
  const projectWeights = new WeightedIndex(net.projects.map((p) => (live(p.end) ? { ACTIVE: 4, COMPLETED: 2, PAUSED: 1, PLANNED: 0.3, CANCELLED: 0.3 }[p.status] : 0)));
  const partnershipWeights = new WeightedIndex(net.partnerships.map((p) => (live(p.end) ? { ACTIVE: 4, CLOSED: 1, PAUSED: 1, FORMING: 1.5 }[p.status] : 0)));
  if (projectWeights.total <= 0 && partnershipWeights.total <= 0) return;

  for (let i = 0; i < count; i++) {
    const ofProject = projectWeights.total > 0 && (partnershipWeights.total <= 0 || random.chance(0.7));
    const parent: ProjectInfo | PartnershipInfo = ofProject ? net.projects[projectWeights.pick(random)] : net.partnerships[partnershipWeights.pick(random)];
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
    const locality = net.localityOf(place >= 0 ? place : parent.places[0]);
    const theme = random.pick(parent.themes).toLowerCase();
    const involved = [...new Set([parent.lead, ...random.sample(orgs, random.int(0, 4))])];
    const orgName = net.orgName[random.pick(involved)];
    const fill = (text: string) => text.replace('{place}', locality).replace('{theme}', theme).replace('{org}', orgName);
    const id = net.id('activities');
    net.emit('activities', {
      id,
      ownerOrganisationId: parent.owner,
      visibility: net.narrower(parent.visibility, net.visibility(random, 0.08, 0.07)),
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
      net.emit('activityOrganisations', { activityId: id, organisationId: net.orgIds[org] });
      for (const person of random.sample(net.peopleByOrg[org] ?? [], random.int(0, 2))) people.add(person);
    }
    for (const person of [...people].slice(0, 4)) net.emit('activityPeople', { activityId: id, personId: net.personIds[person] });
    yield* net.pause();
  }
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
