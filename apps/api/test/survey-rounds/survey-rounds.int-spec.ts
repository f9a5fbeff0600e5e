import { GraphQLTestClient } from '@cg/api/testing';
import { HIDDEN_BELOW_THRESHOLD, OrganisationRole } from '@cg/shared/domain';
import { OrganisationEntity } from '@cg/api/core/database';
import { addMembership, createPartnership, makeOrganisation } from '../support/partnership-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { answer, CLOSE, inDays, OPEN, rating, refusal, Round, ROUND, ROUNDS, TASKS } from './survey-round-helpers';

describe('partnership survey rounds', () => {
  let testApp: TestApp;
  let lead: OrganisationEntity, b: OrganisationEntity, c: OrganisationEntity, d: OrganisationEntity, e: OrganisationEntity, outsider: OrganisationEntity;
  let leadAdmin: GraphQLTestClient, bCoordinator: GraphQLTestClient, bViewer: GraphQLTestClient, cAdmin: GraphQLTestClient;
  let outsiderAdmin: GraphQLTestClient;
  let partnershipId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const ds = testApp.dataSource;
    [lead, b, c, d, e, outsider] = await Promise.all(
      ['Lead Trust', 'Beta Group', 'Gamma Council', 'Delta Ltd', 'Echo Church', 'Outside Org'].map((name) => makeOrganisation(ds, { name })),
    );
    const admin = testApp.client();
    // Public, so outsiders read it and the refusals below are about rights, not sight.
    partnershipId = (await createPartnership(admin, { ownerOrganisationId: lead.id, visibility: 'PUBLIC' })).id;
    await addMembership(admin, partnershipId, lead.id, { role: 'LEAD', decisionSeat: true });
    for (const org of [b, c, d, e]) await addMembership(admin, partnershipId, org.id);
    leadAdmin = await signedInAs(testApp, 'lead@survey.example', lead.id);
    bCoordinator = await signedInAs(testApp, 'b-coordinator@survey.example', b.id, OrganisationRole.COORDINATOR);
    bViewer = await signedInAs(testApp, 'b-viewer@survey.example', b.id, OrganisationRole.VIEWER);
    cAdmin = await signedInAs(testApp, 'c@survey.example', c.id);
    outsiderAdmin = await signedInAs(testApp, 'outsider@survey.example', outsider.id);
  });
  afterAll(() => testApp.close());

  const open = (client: GraphQLTestClient, closesOn: string, id = partnershipId) =>
    client.request<{ openSurveyRound: Round }>(OPEN, { input: { partnershipId: id, closesOn } });

  it('runs a round from opening to closing, exposing only aggregates', async () => {
    // Only the partnership's leads may open a round, with a closing date after today.
    expect(refusal(await open(outsiderAdmin, inDays(14))).code).toBe('FORBIDDEN');
    expect(refusal(await open(bCoordinator, inDays(14))).code).toBe('FORBIDDEN');
    expect(refusal(await open(leadAdmin, inDays(0)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesOn' });
    const opened = (await open(leadAdmin, inDays(14))).data?.openSurveyRound as Round;
    expect(opened).toMatchObject({ status: 'OPEN', answeredCount: 0, results: null, resultsCsv: null });
    expect(opened.invitations.map((i) => i.organisationId).sort()).toEqual([lead.id, b.id, c.id, d.id, e.id].sort());
    expect(refusal(await open(leadAdmin, inDays(20)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnershipId' });

    // The invited organisation's coordinator has a task; its viewer does not.
    const tasks = await bCoordinator.data<{ surveyTasks: { roundId: string; organisationId: string }[] }>(TASKS);
    expect(tasks.surveyTasks).toEqual([expect.objectContaining({ roundId: opened.id, organisationId: b.id })]);
    expect((await bViewer.data<{ surveyTasks: unknown[] }>(TASKS)).surveyTasks).toEqual([]);

    // A viewer does not answer for their organisation.
    expect(refusal(await answer(bViewer, opened.id, b.id, [rating(c.id, 1, 1)])).code).toBe('FORBIDDEN');

    // Lead, B and C answer; D and E do not. D is rated by three others, the rest by two.
    expect((await answer(leadAdmin, opened.id, lead.id, [rating(b.id, 4, 3, ['FUNDING', 'DATA']), rating(c.id, 3, 3), rating(d.id, 2, 2)], 3)).errors).toBeUndefined();
    expect((await answer(bCoordinator, opened.id, b.id, [rating(lead.id, 4, 4, ['FUNDING']), rating(c.id, 3, 2), rating(d.id, 2, 2)], 4)).errors).toBeUndefined();
    const third = await answer(cAdmin, opened.id, c.id, [rating(lead.id, 4, 4), rating(b.id, 3, 3), rating(d.id, 3, 2, ['SPACE'])], 2);
    expect(third.data?.answerSurveyRound.answeredCount).toBe(3);

    // Refused: answering twice, someone else's organisation, an organisation not invited, rating an outsider.
    expect(refusal(await answer(bCoordinator, opened.id, b.id, [rating(c.id, 1, 1)]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    expect(refusal(await answer(outsiderAdmin, opened.id, d.id, [rating(c.id, 1, 1)])).code).toBe('FORBIDDEN');
    expect(refusal(await answer(outsiderAdmin, opened.id, outsider.id, [rating(c.id, 1, 1)]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
    const dAdmin = await signedInAs(testApp, 'd@survey.example', d.id);
    expect(refusal(await answer(dAdmin, opened.id, d.id, [rating(outsider.id, 1, 1)]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ratings[0].ratedOrganisationId',
    });
    expect(refusal(await answer(dAdmin, opened.id, d.id, [rating(c.id, 5, 1)]))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await bCoordinator.data<{ surveyTasks: unknown[] }>(TASKS)).surveyTasks).toEqual([]);

    // Nobody reads the raw answers through SQL as a request, whatever they try.
    await testApp.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE cg_request');
      await expect(m.query('SELECT * FROM survey_rating')).rejects.toThrow(/permission denied/);
    });
    await testApp.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE cg_request');
      await expect(m.query('SELECT * FROM survey_success')).rejects.toThrow(/permission denied/);
    });

    // Closing: leads only, with the version read.
    const before = (await leadAdmin.data<{ surveyRound: Round }>(ROUND, { id: opened.id })).surveyRound;
    expect(refusal(await bCoordinator.request(CLOSE, { input: { id: opened.id, version: before.version } })).code).toBe('FORBIDDEN');
    const closed = (await leadAdmin.data<{ closeSurveyRound: Round }>(CLOSE, { input: { id: opened.id, version: before.version } })).closeSurveyRound;
    expect(closed.status).toBe('CLOSED');
    const r = closed.results!;
    expect(r).toMatchObject({ invitedCount: 5, respondentCount: 3, tiesReported: 6, possibleTies: 10, successAnswers: 3 });
    expect(r.responseRate).toBeCloseTo(0.6);
    expect(r.density).toBeCloseTo(0.6);
    // Trust: 4 3 2 | 4 3 2 | 4 3 3 = 28 over 9 ratings; value 3 3 2 | 4 2 2 | 4 3 2 = 25.
    expect(r.meanTrust).toBeCloseTo(28 / 9);
    expect(r.meanValue).toBeCloseTo(25 / 9);
    expect(r.meanSuccess).toBe(3);
    expect(r.contributions).toEqual(
      expect.arrayContaining([{ contribution: 'FUNDING', count: 2 }, { contribution: 'DATA', count: 1 }, { contribution: 'SPACE', count: 1 }]),
    );
    const score = (id: string) => r.organisations.find((o) => o.organisationId === id)!;
    expect(score(d.id).raters).toBe(3);
    expect(score(d.id).trust).toBeCloseTo(7 / 3);
    expect(score(d.id).value).toBe(2);
    for (const id of [lead.id, b.id, c.id, e.id]) expect(score(id)).toMatchObject({ trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD });
    expect(r.indices.find((i) => i.key === 'LEADERSHIP_CONCENTRATION')?.value).toBeCloseTo(1);

    // A closed round takes no answers, and its results are in the CSV too.
    expect(refusal(await answer(dAdmin, opened.id, d.id, [rating(c.id, 2, 2)]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
    expect(closed.resultsCsv).toContain('"response rate","0.6"');
    expect(closed.resultsCsv).toContain('"Delta Ltd","trust 2.33; value 2"');

    // The coalition map of the partnership takes its trust and value from the closed round.
    const map = await leadAdmin.data<{ network: { summary: { meanTrust: number; meanValue: number } } }>(
      `query ($id: ID!) { network(filter: { partnership: $id }) { summary { meanTrust meanValue } } }`,
      { id: partnershipId },
    );
    expect(map.network.summary.meanTrust).toBeCloseTo(28 / 9);
    expect(map.network.summary.meanValue).toBeCloseTo(25 / 9);
  });

  it('refuses late answers, naming the field', async () => {
    const admin = testApp.client();
    const p = (await createPartnership(admin, { ownerOrganisationId: lead.id })).id;
    await addMembership(admin, p, lead.id, { role: 'LEAD' });
    await addMembership(admin, p, c.id);
    const round = (await open(leadAdmin, inDays(7), p)).data!.openSurveyRound;
    // The closing date passes (moved back by the system, as time would).
    await testApp.dataSource.query(`UPDATE survey_round SET closes_on = current_date - 1 WHERE id = $1`, [round.id]);
    const late = refusal(await answer(cAdmin, round.id, c.id, [rating(lead.id, 3, 3)]));
    expect(late).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
    expect(late.message).toMatch(/closed to answers on \d\d\/\d\d\/\d{4}.*late answers are not taken/);
    const tasks = await cAdmin.data<{ surveyTasks: { roundId: string }[] }>(TASKS);
    expect(tasks.surveyTasks.map((t) => t.roundId)).not.toContain(round.id);
    // Still closable, and then frozen with nobody's answers.
    const closed = (await leadAdmin.data<{ closeSurveyRound: Round }>(CLOSE, { input: { id: round.id, version: round.version } })).closeSurveyRound;
    expect(closed.results).toMatchObject({ respondentCount: 0, meanTrust: null });
  });

  it('keeps the rounds of a private partnership from outsiders', async () => {
    const admin = testApp.client();
    const p = (await createPartnership(admin, { ownerOrganisationId: lead.id, visibility: 'PRIVATE' })).id;
    await addMembership(admin, p, lead.id, { role: 'LEAD' });
    await addMembership(admin, p, c.id);
    const round = (await open(leadAdmin, inDays(7), p)).data!.openSurveyRound;
    expect((await outsiderAdmin.data<{ surveyRounds: Round[] }>(ROUNDS, { id: p })).surveyRounds).toEqual([]);
    expect(refusal(await outsiderAdmin.request(ROUND, { id: round.id })).code).toBe('NOT_FOUND');
    expect(refusal(await answer(outsiderAdmin, round.id, outsider.id, [])).code).toBe('NOT_FOUND');
    expect((await leadAdmin.data<{ surveyRounds: Round[] }>(ROUNDS, { id: p })).surveyRounds.map((x) => x.id)).toEqual([round.id]);
  });

  it('holds the anonymity threshold in every query that returns results, whatever is stored', async () => {
    const [closed] = (await leadAdmin.data<{ surveyRounds: Round[] }>(ROUNDS, { id: partnershipId })).surveyRounds;
    // As if stored results had kept scores for organisations fewer than three rated.
    await testApp.dataSource.query(
      `UPDATE survey_round SET results = jsonb_set(results, '{organisations}',
         (SELECT jsonb_agg(o || '{"trust": 4, "value": 4, "hiddenReason": null}') FROM jsonb_array_elements(results->'organisations') o))
       WHERE id = $1`,
      [closed.id],
    );
    const served: Round[] = [
      (await leadAdmin.data<{ surveyRound: Round }>(ROUND, { id: closed.id })).surveyRound,
      ...(await cAdmin.data<{ surveyRounds: Round[] }>(ROUNDS, { id: partnershipId })).surveyRounds,
      ...(await testApp.client().data<{ surveyRounds: Round[] }>(ROUNDS, { id: partnershipId })).surveyRounds,
    ];
    for (const round of served) {
      for (const o of round.results!.organisations) {
        if (o.raters < 3) expect(o).toMatchObject({ trust: null, value: null, hiddenReason: HIDDEN_BELOW_THRESHOLD });
        else expect(o.trust).toBe(4);
      }
      // The CSV carries a score for the one organisation three others rated, and no other.
      expect(round.resultsCsv!.match(/"trust \d/g)).toHaveLength(1);
    }
  });
});
