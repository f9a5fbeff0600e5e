import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PartnerSuggestionDismissalEntity } from '@cg/api/core/database';
import { CurrentActor, RequestActor } from '@cg/api/core/graphql';
import { badInput } from '@cg/shared/domain';
import { PartnerSuggestionResult, PartnerSuggestionService } from './partner-suggestion.service';
import { PartnershipGapResult, PartnershipGapsService } from './partnership-gaps.service';
import { SuggestionDismissalService } from './suggestion-dismissal.service';
import { PartnerSuggestion, PartnerSuggestionDismissal, PartnershipGap } from './suggestion.types';

const MOST = 50;

const asDismissal = (row: PartnerSuggestionDismissalEntity): PartnerSuggestionDismissal => ({
  id: row.id,
  organisationId: row.organisationId,
  suggestedOrganisationId: row.suggestedOrganisationId,
  dismissed: row.archivedAt === null,
});

@Resolver()
export class SuggestionResolver {
  constructor(
    private readonly suggestions: PartnerSuggestionService,
    private readonly gapsService: PartnershipGapsService,
    private readonly dismissals: SuggestionDismissalService,
  ) {}

  @Query(() => [PartnerSuggestion], {
    description: `Organisations with no current tie to this one, best first, each with its reason: shared places and themes, a sector it has few partners in, shared partners, a community it does not yet reach. Only organisations you may read; dismissed ones never. At most ${MOST}.`,
  })
  partnerSuggestions(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<PartnerSuggestionResult[]> {
    if (first < 1 || first > MOST) throw badInput('first', `Ask for between 1 and ${MOST} suggestions.`);
    return this.suggestions.suggest(organisationId, first);
  }

  @Query(() => [PartnershipGap], {
    description: 'Who is missing: sectors working in its places but absent from it, no community anchor, no lived-experience seat, places with no member based there; each with up to three organisations you may read.',
  })
  async partnershipGaps(@Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<PartnershipGapResult[]> {
    const gaps = await this.gapsService.gaps(partnershipId);
    return gaps.map((gap) => ({ ...gap, suggestionCount: gap.suggestions.length }));
  }

  @Mutation(() => PartnerSuggestionDismissal, {
    description: "Not now: never suggest this organisation to this one again (until restored). The organisation's admins and coordinators.",
  })
  async dismissPartnerSuggestion(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('suggestedOrganisationId', { type: () => ID }) suggestedOrganisationId: string,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnerSuggestionDismissal> {
    return asDismissal(await this.dismissals.dismiss(organisationId, suggestedOrganisationId, actor));
  }

  @Mutation(() => PartnerSuggestionDismissal, { description: 'Undoes a dismissal, so the organisation may be suggested again.' })
  async restorePartnerSuggestion(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('suggestedOrganisationId', { type: () => ID }) suggestedOrganisationId: string,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnerSuggestionDismissal> {
    return asDismissal(await this.dismissals.restore(organisationId, suggestedOrganisationId, actor));
  }
}
