import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  currentAccessScope,
  membershipHeldSql,
  PartnershipEntity,
  RecordWriter,
  runAsSystem,
  SurveyResponseEntity,
  SurveyRoundEntity,
} from '@cg/api/core/database';
import {
  anonymisedResults,
  badInput,
  CollaborationInput,
  notFound,
  OrganisationRole,
  PartnerContribution,
  PartnerRole,
  Sector,
  SurveyRating,
  SurveyResults,
  surveyResults,
  SurveyRoundStatus,
  todayInLondon,
} from '@cg/shared/domain';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { Mailer } from '@cg/api/core/mail';
import { DataSource } from 'typeorm';
import { AnswerSurveyRoundInput, OpenSurveyRoundInput } from './dto/survey-round.inputs';
import {
  INVITEES_SQL,
  MEMBER_TIES_ON_DAY_SQL,
  MEMBERS_ON_DAY_SQL,
  OUTCOMES_ON_DAY_SQL,
  PROJECTS_ON_DAY_SQL,
  RATINGS_SQL,
  RESPONDENTS_SQL,
  SUCCESS_SQL,
} from './survey-results.sql';
import { ROUND_RECIPIENTS_SQL, surveyRoundOpenedEmail } from './survey-round-email';
import { SurveyTask } from './survey-round.type';

/** 2026-12-31 → 31/12/2026, for messages. */
export const ukDate = (day: string) => day.split('-').reverse().join('/');

const CURRENT_MEMBERS_SQL = `
SELECT m.organisation_id FROM partnership_membership m JOIN organisation o ON o.id = m.organisation_id AND o.archived_at IS NULL
 WHERE m.partnership_id = $1 AND ${membershipHeldSql('m')} ORDER BY m.organisation_id`;

const TASKS_SQL = `
SELECT r.id AS "roundId", r.partnership_id AS "partnershipId", p.name AS "partnershipName",
       o.id AS "organisationId", o.name AS "organisationName", to_char(r.closes_on, 'YYYY-MM-DD') AS "closesOn"
  FROM survey_round r
  JOIN partnership p ON p.id = r.partnership_id AND p.archived_at IS NULL
  JOIN organisation o ON o.id = ANY(r.invited_organisation_ids) AND o.id = ANY($1::uuid[])
 WHERE r.status = 'OPEN' AND r.archived_at IS NULL AND r.closes_on >= $2::date
   AND NOT EXISTS (SELECT 1 FROM survey_response s WHERE s.round_id = r.id AND s.organisation_id = o.id)
 ORDER BY r.closes_on, lower(p.name), lower(o.name)`;

/**
 * PARTNER survey rounds (issue #15). Late answers are refused (the closing date passes and the
 * round takes no more); the round stays OPEN until a lead closes it, which freezes its results.
 */
@Injectable()
export class SurveyRoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async findById(id: string): Promise<SurveyRoundEntity> {
    const round = await this.dataSource.getRepository(SurveyRoundEntity).findOneBy({ id });
    if (!round) throw notFound('survey round', id);
    return round;
  }

  /** A partnership's rounds, newest first. */
  forPartnership(partnershipId: string): Promise<SurveyRoundEntity[]> {
    return this.dataSource
      .getRepository(SurveyRoundEntity)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.archived_at IS NULL', { partnershipId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id')
      .getMany();
  }

  /** Open rounds the user's organisations (as admin or coordinator) have yet to answer. */
  async tasks(): Promise<SurveyTask[]> {
    const answering = (currentAccessScope()?.memberships ?? [])
      .filter((m) => m.role === OrganisationRole.ORG_ADMIN || m.role === OrganisationRole.COORDINATOR)
      .map((m) => m.organisationId);
    if (answering.length === 0) return [];
    return this.dataSource.query(TASKS_SQL, [answering, todayInLondon()]);
  }

  async open(input: OpenSurveyRoundInput, actor: Actor): Promise<SurveyRoundEntity> {
    if (!(input.closesOn > todayInLondon())) throw badInput('closesOn', 'closesOn must be a day after today: the closing date is when answers stop.');
    const partnership = await this.dataSource.getRepository(PartnershipEntity).findOneBy({ id: input.partnershipId });
    if (!partnership || partnership.archivedAt) throw notFound('partnership', input.partnershipId);
    const members: { organisation_id: string }[] = await this.dataSource.query(CURRENT_MEMBERS_SQL, [partnership.id]);
    const round = await this.writer.create(
      SurveyRoundEntity,
      {
        partnershipId: partnership.id,
        closesOn: input.closesOn,
        status: SurveyRoundStatus.OPEN,
        invitedOrganisationIds: members.map((m) => m.organisation_id),
        ownerOrganisationId: partnership.ownerOrganisationId,
        visibility: partnership.visibility,
      },
      actor,
      {
        // After the rights check, so only those who may open a round learn why they cannot.
        children: async (_rows, round) => {
          if (round.invitedOrganisationIds.length < 2)
            throw badInput('partnershipId', 'A survey round needs at least two current member organisations to rate each other.');
          const open = await this.dataSource.getRepository(SurveyRoundEntity).countBy({ partnershipId: partnership.id, status: SurveyRoundStatus.OPEN });
          if (open > 0) throw badInput('partnershipId', 'This partnership already has an open survey round: close it before opening another.');
          return {};
        },
      },
    );
    await this.inviteToAnswer(round, partnership.name);
    return round;
  }

  /**
   * Emails every admin and coordinator of the invited organisations (queued: never blocks or fails
   * the request). Their accounts are not the opener's to read, so the system looks them up.
   */
  private async inviteToAnswer(round: SurveyRoundEntity, partnershipName: string): Promise<void> {
    const recipients: { email: string; organisation_id: string; organisation_name: string }[] = await runAsSystem(() =>
      this.dataSource.query(ROUND_RECIPIENTS_SQL, [round.invitedOrganisationIds]),
    );
    for (const recipient of recipients)
      await this.mailer.send(
        surveyRoundOpenedEmail({
          to: recipient.email,
          partnershipName,
          organisationName: recipient.organisation_name,
          organisationId: recipient.organisation_id,
          roundId: round.id,
          closesOn: round.closesOn,
          publicUrl: this.config.publicUrl,
        }),
      );
  }

  async answer(input: AnswerSurveyRoundInput, actor: Actor): Promise<SurveyResponseEntity> {
    const round = await this.findById(input.roundId);
    const answered = await this.dataSource.getRepository(SurveyResponseEntity).countBy({ roundId: round.id, organisationId: input.organisationId });
    if (answered > 0) throw badInput('organisationId', 'This organisation has already answered this round; answers cannot be changed once sent.');
    return this.writer.create(
      SurveyResponseEntity,
      { roundId: round.id, organisationId: input.organisationId, ownerOrganisationId: input.organisationId, visibility: round.visibility },
      actor,
      {
        children: async (rows, response) => {
          this.assertTakesAnswers(round, input);
          const id = response.id;
          for (const r of input.ratings) {
            await rows.write(
              `INSERT INTO survey_rating (response_id, rated_organisation_id, reliability, mission_support, openness, influence, involvement, resources, contributions)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[])`,
              [id, r.ratedOrganisationId, r.reliability, r.missionSupport, r.openness, r.influence, r.involvement, r.resources, [...new Set(r.contributions)]],
            );
          }
          await rows.write(`INSERT INTO survey_success (response_id, score) VALUES ($1, $2)`, [id, input.success]);
          // Counts only: the audit log is readable by the organisation's admins, and answers are the system's alone.
          return { ratingsGiven: { before: null, after: input.ratings.length }, successAnswered: { before: null, after: true } };
        },
      },
    );
  }

  /** Refuses answers a round does not take, each naming the field at fault. */
  private assertTakesAnswers(round: SurveyRoundEntity, input: AnswerSurveyRoundInput): void {
    if (round.status !== SurveyRoundStatus.OPEN) throw badInput('roundId', 'This survey round is closed; it takes no more answers.');
    if (todayInLondon() > round.closesOn)
      throw badInput('roundId', `This survey round closed to answers on ${ukDate(round.closesOn)} (its closesOn date); late answers are not taken.`);
    const invited = new Set(round.invitedOrganisationIds);
    if (!invited.has(input.organisationId))
      throw badInput('organisationId', 'This organisation was not invited to this round: only the partnership’s members when it opened answer it.');
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      const field = `ratings[${i}].ratedOrganisationId`;
      if (r.ratedOrganisationId === input.organisationId) throw badInput(field, 'An organisation does not rate itself.');
      if (!invited.has(r.ratedOrganisationId)) throw badInput(field, 'Only organisations invited to this round can be rated in it.');
      if (seen.has(r.ratedOrganisationId)) throw badInput(field, 'Each partner is rated once per answer.');
      seen.add(r.ratedOrganisationId);
    });
  }

  /** Closes the round and freezes its results, computed from the raw answers by the system. */
  async close(id: string, version: number, actor: Actor): Promise<SurveyRoundEntity> {
    const round = await this.findById(id);
    if (round.status === SurveyRoundStatus.CLOSED) throw badInput('id', 'This survey round is already closed.');
    const today = todayInLondon();
    const measuredOn = round.closesOn < today ? round.closesOn : today;
    const results = await this.computeResults(round.id, measuredOn);
    return this.writer.update(SurveyRoundEntity, id, version, { status: SurveyRoundStatus.CLOSED, closedAt: new Date(), results }, actor);
  }

  private async computeResults(roundId: string, day: string): Promise<SurveyResults> {
    const params = [roundId, day];
    const raw = await runAsSystem(() =>
      Promise.all([
        this.dataSource.query(INVITEES_SQL, [roundId]),
        this.dataSource.query(RESPONDENTS_SQL, [roundId]),
        this.dataSource.query(RATINGS_SQL, [roundId]),
        this.dataSource.query(SUCCESS_SQL, [roundId]),
      ]),
    );
    const [invited, respondents, ratings, success] = raw as [
      { id: string; name: string; sector: Sector }[],
      { organisation_id: string }[],
      (SurveyRating & { contributions: PartnerContribution[] })[],
      { score: number }[],
    ];
    const [members, ties, outcomes, projects] = await Promise.all([
      this.dataSource.query(MEMBERS_ON_DAY_SQL, params),
      this.dataSource.query(MEMBER_TIES_ON_DAY_SQL, params),
      this.dataSource.query(OUTCOMES_ON_DAY_SQL, params),
      this.dataSource.query(PROJECTS_ON_DAY_SQL, params),
    ]);
    const collaboration: CollaborationInput = {
      members: members.map(
        (m: { organisation_id: string; sector: Sector; role: PartnerRole; decision_seat: boolean; cash: number; in_kind: number; lived: boolean }) => ({
          organisationId: m.organisation_id,
          sector: m.sector,
          role: m.role,
          decisionSeat: m.decision_seat,
          cashContribution: Number(m.cash),
          inKindContribution: Number(m.in_kind),
          hasLivedExperience: m.lived,
        }),
      ),
      memberTies: ties,
      outcomes,
      projects: projects.map((p: { shared_leadership: boolean; leads: number }) => ({ sharedLeadership: p.shared_leadership, leads: p.leads })),
    };
    return surveyResults({
      invited,
      respondentIds: respondents.map((r) => r.organisation_id),
      ratings,
      successScores: success.map((s) => s.score),
      collaboration,
    });
  }

  /** Results as served anywhere: null until closed, and the anonymity threshold applied again. */
  static servedResults(round: SurveyRoundEntity): SurveyResults | null {
    if (round.status !== SurveyRoundStatus.CLOSED || !round.results) return null;
    return anonymisedResults(round.results);
  }

  /** The organisations asked to answer, with whether each has. */
  async respondents(roundIds: readonly string[]): Promise<{ round_id: string; organisation_id: string }[]> {
    if (roundIds.length === 0) return [];
    return this.dataSource.query(`SELECT round_id, organisation_id FROM survey_response WHERE round_id = ANY($1::uuid[])`, [[...roundIds]]);
  }
}

