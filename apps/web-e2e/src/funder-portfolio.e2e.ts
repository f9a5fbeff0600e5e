import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';

describe('funder portfolio', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('the demo funder reads what it funds, by year, place and decile, with co-funders, and downloads its grants', async () => {
    const page = await signedInPage(browser, 'funder');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Funder portfolio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Funder portfolio' }).waitFor();
    await page.getByTestId('portfolio-total').waitFor({ timeout: 30_000 });

    // The figures on the screen are the API's, for the funder's own organisation.
    const me = await graphqlAs<{ me: { memberships: { organisationId: string }[] } }>(
      page,
      '{ me { memberships { organisationId } } }',
    );
    const funderId = me.me.memberships[0].organisationId;
    const { funderPortfolio } = await graphqlAs<{
      funderPortfolio: { fundingTotal: number; grantCount: number; byYear: unknown[] };
    }>(page, 'query ($id: ID!) { funderPortfolio(funderId: $id) { fundingTotal grantCount byYear { year } } }', {
      id: funderId,
    });
    expect(funderPortfolio.grantCount).toBeGreaterThan(0);
    const pence = Math.round(funderPortfolio.fundingTotal * 100) % 100 !== 0;
    const pounds = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: pence ? 2 : 0,
      maximumFractionDigits: pence ? 2 : 0,
    });
    expect((await page.getByTestId('portfolio-total').textContent())?.trim()).toBe(
      pounds.format(funderPortfolio.fundingTotal),
    );
    expect(await page.getByTestId('years-table').locator('tbody tr').count()).toBe(funderPortfolio.byYear.length);
    await page.getByTestId('year-chart').waitFor();
    expect(await page.getByTestId('deciles-table').locator('tbody tr').count()).toBe(10);
    // Each figure says how it was worked out, in the API's words.
    await page.getByText('pledges do not count', { exact: false }).first().waitFor();
    await screenshotWhole(page, 'funder-portfolio');
    await expectNoSeriousA11yViolations(page, 'funder portfolio');

    // One definition of co-funding: a partnership listing a co-funder means the headline names it too.
    const partnershipCoFunders = await page.getByTestId('grantee-partnerships').getByText('Also funded by').count();
    if (partnershipCoFunders > 0) await page.getByTestId('cofunders-table').waitFor();
    else await page.getByTestId('no-cofunders').waitFor();

    // The grants as CSV: one row per grant the funder can see (awarded, paid and pledged alike).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe('funder-portfolio-grants.csv');
    const lines = readFileSync((await download.path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'grant_id,programme,recipient_kind,recipient_id,recipient_name,amount_gbp,status,type,award_date,period_start,period_end,instalments,unpaid_after_today_gbp',
    );
    const { fundings } = await graphqlAs<{ fundings: { totalCount: number } }>(
      page,
      'query ($id: ID!) { fundings(first: 1, filter: { funder: { eq: $id } }) { totalCount } }',
      { id: funderId },
    );
    expect(lines.length - 1).toBe(fundings.totalCount);
    await page.getByText(/The CSV of [\d,]+ grants is downloading\./).waitFor();

    // Narrowed to one year of awards: the headline is the API's figure for that period.
    const year = Math.max(
      ...funderPortfolio.byYear.map((y) => (y as { year: number }).year).filter((y) => y <= new Date().getFullYear()),
    );
    await page.getByTestId('year-choice').selectOption(String(year));
    await page.getByRole('heading', { name: new RegExp(`grants awarded in ${year}$`) }).waitFor();
    const inYear = await graphqlAs<{ funderPortfolio: { fundingTotal: number } }>(
      page,
      'query ($id: ID!, $period: FundingPeriodInput) { funderPortfolio(funderId: $id, period: $period) { fundingTotal } }',
      { id: funderId, period: { from: `${year}-01-01`, to: `${year}-12-31` } },
    );
    const yearPence = Math.round(inYear.funderPortfolio.fundingTotal * 100) % 100 !== 0;
    const yearPounds = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: yearPence ? 2 : 0,
      maximumFractionDigits: yearPence ? 2 : 0,
    });
    expect((await page.getByTestId('portfolio-total').textContent())?.trim()).toBe(
      yearPounds.format(inYear.funderPortfolio.fundingTotal),
    );
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(year));
    await page.getByText('a grant counts when the day it was awarded falls inside it', { exact: false }).waitFor();
    await screenshotWhole(page, 'funder-portfolio-one-year');
    // The CSV follows the year chosen: only grants awarded in it (else begun in it).
    const [yearDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    expect(yearDownload.suggestedFilename()).toBe(`funder-portfolio-grants-${year}.csv`);
    const yearRows = readFileSync((await yearDownload.path()) as string, 'utf8').trimEnd().split('\r\n').slice(1);
    const awardedInYear = await graphqlAs<{ fundings: { totalCount: number } }>(
      page,
      `query ($id: ID!, $from: Date!, $to: Date!) {
        fundings(first: 1, filter: { funder: { eq: $id }, awardDate: { gte: $from, lte: $to } }) { totalCount } }`,
      { id: funderId, from: `${year}-01-01`, to: `${year}-12-31` },
    );
    expect(yearRows.length).toBeGreaterThanOrEqual(awardedInYear.fundings.totalCount);
    expect(yearRows.length).toBeLessThanOrEqual(lines.length - 1);
    for (const row of yearRows) expect(row).toMatch(new RegExp(`,${year}-\\d\\d-\\d\\d,|,,${year}-`));
    await expectNoSeriousA11yViolations(page, 'funder portfolio, one year');

    // The portfolio on the coalition map: the map opens filtered by this funder.
    expect(await page.getByTestId('coalition-map-link').getAttribute('href')).toBe(`/network-map?funder=${funderId}`);
    await page.getByTestId('coalition-map-link').click();
    await page.getByRole('heading', { level: 1, name: 'Network map' }).waitFor();
    await page.getByTestId('summary-nodes').waitFor();
    await page.getByTestId('layout-status').getByText('Map arranged.').waitFor({ timeout: 60_000 });
    const funderName = (
      await graphqlAs<{ organisation: { name: string } }>(page, 'query ($id: ID!) { organisation(id: $id) { name } }', {
        id: funderId,
      })
    ).organisation.name;
    expect((await page.getByTestId('funder-filter').textContent())?.trim()).toBe(funderName);
    const shown = Number(
      ((await page.getByTestId('summary-nodes').locator('dd').textContent()) ?? '').replace(/[^\d]/g, ''),
    );
    const { network } = await graphqlAs<{ network: { summary: { nodeCount: number } } }>(
      page,
      'query ($id: ID!) { network(filter: { funder: $id }) { summary { nodeCount } } }',
      { id: funderId },
    );
    expect(shown).toBe(network.summary.nodeCount);
    await screenshotWhole(page, 'funder-portfolio-coalition-map');
  }, 300_000);
});
