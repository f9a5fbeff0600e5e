import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Int } from '@nestjs/graphql';
import { SurveyRoundEntity } from '@cg/api/core/database';
import { CurrentActor, LoaderRegistry, Loaders, RecordVersionInput, RequestActor } from '@cg/api/core/graphql';
import { SurveyResults } from '@cg/shared/domain';
import { AnswerSurveyRoundInput, OpenSurveyRoundInput } from './dto/survey-round.inputs';
import { resultsCsv } from './survey-results.csv';
import { invitationsByRound, readableOrganisationName } from './survey-round.loaders';
import { SurveyRoundService } from './survey-round.service';
import { SurveyInvitation, SurveyRound, SurveyRoundResults, SurveyTask } from './survey-round.type';

const UNSEEN = 'An organisation you cannot see';

@Resolver(() => SurveyRound)
export class SurveyRoundResolver {
  constructor(private readonly service: SurveyRoundService) {}

  @Query(() => [SurveyRound], { description: 'A partnership’s PARTNER survey rounds, newest first.' })
  surveyRounds(@Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<SurveyRoundEntity[]> {
    return this.service.forPartnership(partnershipId);
  }

  @Query(() => SurveyRound, { description: 'One survey round by id.' })
  surveyRound(@Args('id', { type: () => ID }) id: string): Promise<SurveyRoundEntity> {
    return this.service.findById(id);
  }

  @Query(() => [SurveyTask], { description: 'Open rounds that organisations you administer or coordinate have yet to answer.' })
  surveyTasks(): Promise<SurveyTask[]> {
    return this.service.tasks();
  }

  @Mutation(() => SurveyRound, { description: 'Opens a round for the partnership’s current members; leads’ admins and coordinators only.' })
  openSurveyRound(@Args('input') input: OpenSurveyRoundInput, @CurrentActor() actor: RequestActor): Promise<SurveyRoundEntity> {
    return this.service.open(input, actor);
  }

  @Mutation(() => SurveyRound, { description: 'One member organisation’s answer, once, while the round is open and before its closing date.' })
  async answerSurveyRound(@Args('input') input: AnswerSurveyRoundInput, @CurrentActor() actor: RequestActor): Promise<SurveyRoundEntity> {
    await this.service.answer(input, actor);
    return this.service.findById(input.roundId);
  }

  @Mutation(() => SurveyRound, { description: 'Closes the round and freezes its results. CONFLICT if the version is stale.' })
  closeSurveyRound(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<SurveyRoundEntity> {
    return this.service.close(input.id, input.version, actor);
  }

  @ResolveField(() => [SurveyInvitation], { description: 'The members asked to answer, and whether each has (never what).' })
  async invitations(@Parent() round: SurveyRoundEntity, @Loaders() loaders: LoaderRegistry): Promise<SurveyInvitation[]> {
    const rows = await loaders.get(invitationsByRound).load(round.id);
    return rows.map((r) => ({ organisationId: r.organisation_id, name: r.name ?? UNSEEN, sector: r.sector, answered: r.answered }));
  }

  @ResolveField(() => Int, { description: 'How many invited organisations have answered.' })
  async answeredCount(@Parent() round: SurveyRoundEntity, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return (await loaders.get(invitationsByRound).load(round.id)).filter((r) => r.answered).length;
  }

  @ResolveField(() => SurveyRoundResults, { nullable: true, description: 'Set once closed: aggregates only; per-organisation scores need three raters.' })
  results(@Parent() round: SurveyRoundEntity, @Loaders() loaders: LoaderRegistry): Promise<SurveyResults | null> {
    return this.served(round, loaders);
  }

  @ResolveField(() => String, { nullable: true, description: 'The closed round’s results as CSV text (the same aggregates); null while open.' })
  async resultsCsv(@Parent() round: SurveyRoundEntity, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    const results = await this.served(round, loaders);
    return results ? resultsCsv(results, round.closesOn) : null;
  }

  /** The frozen results with the threshold applied again, and names only of organisations the reader may read. */
  private async served(round: SurveyRoundEntity, loaders: LoaderRegistry): Promise<SurveyResults | null> {
    const results = SurveyRoundService.servedResults(round);
    if (!results) return null;
    const names = await loaders.get(readableOrganisationName).loadMany(results.organisations.map((o) => o.organisationId));
    return {
      ...results,
      organisations: results.organisations.map((o, i) => ({ ...o, name: typeof names[i] === 'string' ? (names[i] as string) : UNSEEN })),
    };
  }
}
