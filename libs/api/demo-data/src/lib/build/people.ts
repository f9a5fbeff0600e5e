/** People and their affiliations. */

import { LawfulBasis, Visibility } from '@cg/shared/domain';
import { isoDay } from '../dates';
import { CONSENT_PURPOSES, FIRST_NAMES, JOB_TITLES, PRIVATE_NOTES, SECONDARY_TITLES, SURNAMES } from '../names';
import { ascii, GRASSROOTS, T } from './common';
import type { NetworkBuilder } from '../network-builder';

export function* buildPeople(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('people');
  const { n, today } = net;
  if (n === 0) return;
  const count = Math.min(Math.round(n * 1.5), 450_000);
  net.personLived = new Uint8Array(count);
  net.peopleByOrg = Array.from({ length: n }, () => []);
  for (let p = 0; p < count; p++) {
    const org = p < n ? p : random.int(0, n - 1);
    const type = net.orgType[org];
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(SURNAMES);
    const id = net.id('people');
    const grassroots = GRASSROOTS.includes(type);
    const lived = random.chance(grassroots ? 0.3 : 0.12);
    const domain = net.orgDomain[org];
    const mailbox = `${ascii(first)}.${ascii(last)}`;
    const email = domain && random.chance(0.85) ? `${mailbox}@${domain}` : random.chance(0.35) ? `${mailbox}${random.int(1, 99)}@mail.example` : null;
    const basis = type === T.LOCAL_AUTHORITY || type === T.PUBLIC_BODY
      ? random.weighted([[LawfulBasis.PUBLIC_TASK, 70], [LawfulBasis.LEGITIMATE_INTERESTS, 30]] as const)
      : random.weighted([[LawfulBasis.LEGITIMATE_INTERESTS, 55], [LawfulBasis.CONSENT, 38], [LawfulBasis.CONTRACT, 7]] as const);
    const visibility = random.weighted([[Visibility.PUBLIC, 70], [Visibility.PARTNERS, 20], [Visibility.PRIVATE, 10]] as const);
    net.personIds.push(id);
    net.personFirstName.push(first);
    net.personLived[p] = lived ? 1 : 0;
    net.peopleByOrg[org].push(p);
    net.emit('people', {
      id,
      ownerOrganisationId: net.orgIds[org],
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
    net.emit('affiliations', {
      id: net.id('affiliations'),
      ownerOrganisationId: net.orgIds[org],
      visibility,
      personId: id,
      organisationId: net.orgIds[org],
      title: random.pick(JOB_TITLES[type]),
      fromDate: isoDay(today - random.int(60, 4000)),
      toDate: null,
      isPrimary: true,
    });
    if (n > 1 && random.chance(0.2)) {
      const other = net.pickOrg(random, [net.orgLa[org]], null, new Set([org]));
      const from = today - random.int(30, 3000);
      net.peopleByOrg[other].push(p);
      net.emit('affiliations', {
        id: net.id('affiliations'),
        ownerOrganisationId: net.orgIds[other],
        visibility,
        personId: id,
        organisationId: net.orgIds[other],
        title: random.pick(SECONDARY_TITLES),
        fromDate: isoDay(from),
        toDate: random.chance(0.25) ? isoDay(from + random.int(1, today - from)) : null,
        isPrimary: false,
      });
    }
    yield* net.pause();
  }
}
