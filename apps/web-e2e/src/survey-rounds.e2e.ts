import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';

// A partnership of three demo organisations runs two PARTNER survey rounds. The CEO's charity, the
// funder and a community group answer the first round in the browser, each signed in as its own
// admin (the group's from the link its dashboard task gives). The second round runs
// through the API, so the partnership page's health panel has two rounds to compare. The
// partnership is archived at the end, so the shared demo county's counts hold for other tests.

type Ref = { id: string; version: number };

const DIMENSIONS = ['reliability', 'missionSupport', 'openness', 'influence', 'involvement', 'resources'];

/** Answers the round on the page: every partner scored `score` on all six questions, then success. */
async function answerOnPage(page: Page, score: number): Promise<void> {
  const form = page.getByTestId('survey-form');
  await form.waitFor();
  const partners = form.locator('fieldset[data-testid^="survey-partner-"]');
  const count = await partners.count();
  expect(count).toBe(2);
  for (let i = 0; i < count; i++) {
    for (const d of DIMENSIONS) await partners.nth(i).getByTestId(`score-${d}-${score}`).locator('label').click();
  }
  await partners.nth(0).getByRole('checkbox', { name: 'Expertise' }).check();
  await form.getByTestId('success-3').locator('label').click();
  await form.getByTestId('send-survey').click();
  await page.getByTestId('survey-status').filter({ hasText: 'Thank you' }).waitFor();
}

const rating = (ratedOrganisationId: string, score: number) => ({
  ratedOrganisationId,
  reliability: score,
  missionSupport: score,
  openness: score,
  influence: score,
  involvement: score,
  resources: score,
  contributions: ['DATA'],
});

describe('survey rounds', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  // Two browsers answer twelve questions each on a shared, busy machine: more than the default two minutes.
  it('runs a round with three members, closes it, and shows the health panel with two rounds', async () => {
    const admin = await signedInPage(browser, 'admin');
    const ceo = await signedInPage(browser, 'ceo');
    const funder = await signedInPage(browser, 'funder');
    const group = await signedInPage(browser, 'group');
    const me = `{ me { memberships { organisationId } } }`;
    type Me = { me: { memberships: { organisationId: string }[] } };
    const charity = (await graphqlAs<Me>(ceo, me)).me.memberships[0].organisationId;
    const funderOrg = (await graphqlAs<Me>(funder, me)).me.memberships[0].organisationId;
    const third = (await graphqlAs<Me>(group, me)).me.memberships[0].organisationId;

    const partnership = (
      await graphqlAs<{ createPartnership: Ref }>(admin, `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }`, {
        input: { name: `Survey test partnership ${Date.now()}`, governanceModel: 'SHARED_LEADERSHIP', ownerOrganisationId: charity, visibility: 'PUBLIC', status: 'ACTIVE' },
      })
    ).createPartnership;
    const add = (organisationId: string, role: string) =>
      graphqlAs(admin, `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`, {
        input: { partnershipId: partnership.id, organisationId, role, decisionSeat: role === 'LEAD' },
      });
    await add(charity, 'LEAD');
    await add(funderOrg, 'FUNDER');
    await add(third, 'CORE_MEMBER');

    try {
      // The CEO (an admin of the lead) opens the first round from the partnership page.
      await ceo.goto(`${baseUrl()}/partnerships/${partnership.id}`);
      const section = ceo.getByTestId('survey-rounds');
      await section.getByTestId('no-closed-rounds').waitFor();
      await section.getByTestId('open-round').click();
      await section.getByTestId('round-progress').filter({ hasText: '0 of 3 organisations have answered' }).waitFor();
      await screenshotWhole(ceo, 'survey-round-open');

      // Invited organisations' admins see the task on the dashboard and answer from it.
      await ceo.goto(`${baseUrl()}/`);
      const task = ceo.getByTestId('survey-task').filter({ hasText: 'Answer the survey for Survey test partnership' });
      await task.waitFor();
      expect(await task.textContent()).toMatch(/by \d\d\/\d\d\/\d{4}/);
      await screenshotWhole(ceo, 'survey-dashboard-task');
      await task.getByRole('link').click();
      await answerOnPage(ceo, 3);
      await screenshotWhole(ceo, 'survey-answered');

      await funder.goto(`${baseUrl()}/`);
      await funder.getByTestId('survey-task').filter({ hasText: 'Survey test partnership' }).getByRole('link').click();
      await funder.getByTestId('survey-form').waitFor();
      await screenshotWhole(funder, 'survey-answer-form');
      await expectNoSeriousA11yViolations(funder, 'survey answer form');
      await answerOnPage(funder, 2);

      // The community group's admin answers too, from their own dashboard.
      await group.goto(`${baseUrl()}/`);
      await group.getByTestId('survey-task').filter({ hasText: 'Survey test partnership' }).getByRole('link').click();
      await answerOnPage(group, 2);

      // The CEO closes it: the results are frozen and hidden per organisation (two raters each).
      await ceo.goto(`${baseUrl()}/partnerships/${partnership.id}`);
      await section.getByTestId('round-progress').filter({ hasText: '3 of 3' }).waitFor();
      await section.getByTestId('close-round').click();
      await section.getByTestId('closed-round').first().waitFor();
      expect(await section.textContent()).toContain('One closed round so far');

      // A second round, run through the API with higher scores.
      const second = (
        await graphqlAs<{ openSurveyRound: Ref }>(ceo, `mutation ($input: OpenSurveyRoundInput!) { openSurveyRound(input: $input) { id version } }`, {
          input: { partnershipId: partnership.id, closesOn: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10) },
        })
      ).openSurveyRound;
      const answer = (page: Page, organisationId: string, others: string[], score: number) =>
        graphqlAs(page, `mutation ($input: AnswerSurveyRoundInput!) { answerSurveyRound(input: $input) { id } }`, {
          input: { roundId: second.id, organisationId, success: 4, ratings: others.map((o) => rating(o, score)) },
        });
      await answer(ceo, charity, [funderOrg, third], 4);
      await answer(funder, funderOrg, [charity, third], 4);
      await answer(group, third, [charity, funderOrg], 3);
      await graphqlAs(ceo, `mutation ($input: RecordVersionInput!) { closeSurveyRound(input: $input) { id } }`, {
        input: { id: second.id, version: second.version },
      });

      // The health panel: a chart per measure over two rounds, the change in words, the two side by side.
      await ceo.reload();
      const change = section.getByTestId('health-change');
      await change.waitFor();
      expect(await change.textContent()).toMatch(/Trust up from 2\.\d to 3\.\d/);
      expect(await section.getByTestId('health-measure').count()).toBeGreaterThanOrEqual(6);
      expect(await section.getByTestId('compare-table').textContent()).toContain('Mean trust');
      expect(await section.getByTestId('closed-round').count()).toBe(2);
      await section.getByTestId('closed-round').first().locator('summary').click();
      expect(await section.textContent()).toContain('Fewer than 3 other organisations rated it');
      await section.scrollIntoViewIfNeeded();
      await screenshotWhole(ceo, 'survey-health-panel');
      await expectNoSeriousA11yViolations(ceo, 'partnership page with survey rounds');

      // The results download as CSV.
      const download = ceo.waitForEvent('download');
      await section.getByTestId('download-csv').first().click();
      expect((await download).suggestedFilename()).toMatch(/^survey-round-\d{4}-\d\d-\d\d\.csv$/);
    } finally {
      const current = await graphqlAs<{ partnership: Ref }>(admin, `query ($id: ID!) { partnership(id: $id) { id version } }`, { id: partnership.id });
      await graphqlAs(admin, `mutation ($input: RecordVersionInput!) { archivePartnership(input: $input) { id } }`, {
        input: { id: current.partnership.id, version: current.partnership.version },
      });
    }
  }, 480_000);
});
