/** Typed relationships between organisations. */

import { OrganisationType, RelationshipType } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { RELATIONSHIP_NOTES } from '../names';
import { T, VCS } from './common';
import type { NetworkBuilder } from '../network-builder';

export function* buildRelationships(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('relationships');
  const { n, today } = net;
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
      const from = fromTypes ? net.pickOrg(random, [], fromTypes, undefined, true) : random.int(0, n - 1);
      if (from < 0) break;
      const to = net.pickOrg(random, random.chance(0.85) ? [net.orgLa[from]] : [], toTypes, new Set([from]), toTypes !== null);
      if (to < 0 || to === from) continue;
      if (type === RelationshipType.FUNDS && net.fundedPairs.has(from * n + to)) continue;
      const [a, b] = directed || from < to ? [from, to] : [to, from];
      const key = (a * n + b) * 16 + (typeIndex.get(type) as number);
      if (seen.has(key)) continue;
      seen.add(key);
      const start = today - random.int(60, 3650);
      const surveyed = random.chance(0.65);
      net.emit('relationships', {
        id: net.id('relationships'),
        ownerOrganisationId: net.orgIds[from],
        visibility: net.visibility(random),
        fromOrganisationId: net.orgIds[from],
        toOrganisationId: net.orgIds[to],
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
    yield* net.pause();
  }
}
