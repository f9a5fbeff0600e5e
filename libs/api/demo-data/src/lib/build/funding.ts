/** Funding and its schedules. */

import { FundingStatus, FundingType, PartnershipStatus, ProjectStatus } from '@cg/shared/domain';
import { addMonths, isoDay } from '../dates';
import { LOAN_PROGRAMME, PROGRAMMES_FOR_COUNCILS, PROGRAMMES_FOR_FUNDERS } from '../names';
import { SeededRandom } from '../random';
import { money, roundTo, slug, T, VCS } from './common';
import type { NetworkBuilder, PartnershipInfo, ProjectInfo } from '../network-builder';

export function* buildFunding(net: NetworkBuilder): Generator<void, void, undefined> {
  const random = net.rng('funding');
  const { geo, n, today } = net;
  const funderTypes = [T.FUNDER, T.LOCAL_AUTHORITY];
  if (n < 2 || !funderTypes.some((type) => (net.orgsByType.get(type) ?? []).length > 0)) return;
  let threeSixtyGiving = 0;

  const award = (recipient: { org?: number; partnership?: PartnershipInfo; project?: ProjectInfo }, las: readonly number[], preferred: number[], awardDay: number) => {
    const recipientOrg = recipient.org ?? -1;
    const exclude = new Set<number>(recipientOrg >= 0 ? [recipientOrg] : []);
    let funder = preferred.length > 0 && random.chance(0.6) ? random.pick(preferred) : -1;
    if (funder < 0 || exclude.has(funder)) {
      const council = net.councilOfLa[las[0]];
      funder = random.chance(0.3) && council >= 0 && !exclude.has(council) ? council : net.pickOrg(random, las, random.chance(0.7) ? [T.FUNDER] : funderTypes, exclude, true);
      if (funder < 0) funder = net.pickOrg(random, las, funderTypes, exclude, true);
    }
    if (funder < 0) return;
    const isCouncil = net.orgType[funder] === T.LOCAL_AUTHORITY;
    const recipientType = recipientOrg >= 0 ? net.orgType[recipientOrg] : null;
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
      .replace('{funder}', net.orgName[funder].replace(/^The /, ''));
    const id = net.id('funding');
    const threeSixty = !isCouncil && type === FundingType.GRANT && random.chance(0.5) ? `360G-${slug(net.orgName[funder]).slice(0, 24)}-${String(++threeSixtyGiving).padStart(6, '0')}` : null;
    net.emit('funding', {
      id,
      ownerOrganisationId: net.orgIds[funder],
      visibility: net.visibility(random),
      funderOrganisationId: net.orgIds[funder],
      recipientOrganisationId: recipientOrg >= 0 ? net.orgIds[recipientOrg] : null,
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
    if (recipientOrg >= 0) net.fundedPairs.add(funder * n + recipientOrg);
    if (months > 12) {
      // A multi-year schedule: yearly or quarterly, the odd pennies on the first instalment.
      const every = random.chance(0.6) ? 12 : 3;
      const parts = Math.ceil(months / every);
      const share = Math.floor(pence / parts);
      for (let k = 0; k < parts; k++) {
        const due = addMonths(periodStart, k * every);
        net.emit('fundingInstalments', {
          id: net.id('fundingInstalments'),
          fundingId: id,
          dueDate: isoDay(due),
          amount: money(k === 0 ? pence - share * (parts - 1) : share),
          paid: status !== FundingStatus.PLEDGED && due <= today,
        });
      }
    }
  };

  for (const project of net.projects) {
    const fundable = project.status === ProjectStatus.PLANNED ? 0.3 : 0.65;
    if (random.chance(fundable)) {
      const funders = project.partnership >= 0 ? net.partnerships[project.partnership].funders : [];
      award({ project }, [project.la], funders, Math.min(today, project.start - random.int(0, 90)));
    }
    yield* net.pause();
  }
  for (const partnership of net.partnerships) {
    if (partnership.status !== PartnershipStatus.FORMING && random.chance(0.45)) {
      award({ partnership }, partnership.las, partnership.funders, Math.min(today, Math.max(partnership.start, today - random.int(0, 1100))));
    }
    yield* net.pause();
  }
  const grants = Math.round(n / 6);
  for (let g = 0; g < grants; g++) {
    const org = net.pickOrg(random, [], VCS);
    if (org < 0) break;
    award({ org }, [net.orgLa[org]], [], today - random.int(-20, 1100));
    yield* net.pause();
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
