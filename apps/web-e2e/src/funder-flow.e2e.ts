import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';

interface Spot {
  place: { id: string; code: string; name: string; ancestors: { id: string; name: string; level: string }[] };
}

/** The demo county's most deprived cold spot, as the API ranks them: a local authority if any is one, else a small area. */
async function firstColdSpot(page: Page): Promise<{ spot: Spot; level: 'LOCAL_AUTHORITY' | 'LSOA' }> {
  const query = `query ($level: PlaceLevel!) { coldSpots(level: $level, first: 1) {
    nodes { place { id code name ancestors { id name level } } } } }`;
  for (const level of ['LOCAL_AUTHORITY', 'LSOA'] as const) {
    const { coldSpots } = await graphqlAs<{ coldSpots: { nodes: Spot[] } }>(page, query, { level });
    if (coldSpots.nodes[0]) return { spot: coldSpots.nodes[0], level };
  }
  throw new Error('The demo county has no cold spot at local authority or small-area level.');
}

async function shadeBy(page: Page, option: string): Promise<void> {
  await page.getByTestId('shade-by').click();
  await page.getByRole('option', { name: option }).click();
}

describe('the funder’s flow on the place map', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a funder finds a cold spot, reads its figures and who funds there, and goes between the map and its portfolio', async () => {
    const page = await signedInPage(browser, 'funder');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Place map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Place map' }).waitFor();

    // Shaded by deprivation, with the demo partnerships on top and the funder's own grants marked.
    await page.getByTestId('map-area').first().waitFor();
    await page.getByTestId('legend').getByText('1 most deprived').waitFor();
    expect(await page.getByTestId('partnership-dot').count()).toBeGreaterThan(0);
    await page.getByTestId('funder-mark').first().waitFor();

    // Cold spots, hatched over the deprivation shading, with the legend saying what one is.
    const { spot, level } = await firstColdSpot(page);
    await shadeBy(page, 'Cold spots');
    await page.getByTestId('legend').getByText('Cold spot', { exact: true }).waitFor();
    // The words of analytics-words.ts, which the coldSpots API description uses too.
    expect(await page.getByTestId('shading-definition').textContent()).toContain(
      'A cold spot is a place in the most deprived fifth (IMD 2019 deciles 1 and 2) with no active partnership covering it, or no funding at all.',
    );
    if (level === 'LSOA') {
      // None of the demo county's local authorities is a cold spot; the map says so and its small areas have some.
      await page.getByTestId('no-cold-spots').waitFor();
      const authority = spot.place.ancestors.find((a) => a.level === 'LOCAL_AUTHORITY');
      if (!authority) throw new Error(`${spot.place.code} lies in no local authority.`);
      await page.getByTestId('area-list').getByRole('button', { name: authority.name, exact: true }).click();
      await page.getByTestId('place-panel').getByTestId('zoom-in').click();
      await page.getByRole('radio', { name: 'Small areas (LSOAs)' }).click();
      await page.locator('#map-title').getByText(`Small areas (LSOAs) in ${authority.name}`).waitFor();
    }
    const area = page.locator(`[data-testid="map-area"][data-code="${spot.place.code}"]`);
    await page.locator(`[data-testid="cold-spot"][data-code="${spot.place.code}"]`).waitFor({ state: 'attached' });
    expect(await area.getAttribute('aria-label')).toMatch(/cold spot \(/);
    await screenshotWhole(page, 'funder-flow-cold-spots');
    await expectNoSeriousA11yViolations(page, 'place map, cold spots');

    // A click on the cold spot opens its panel: its figures, how each is worked out, and the funders there.
    await area.click();
    const panel = page.getByTestId('place-panel');
    await panel.getByRole('heading', { name: spot.place.name }).waitFor();
    const { placeAnalytics, funderOverlap } = await graphqlAs<{
      placeAnalytics: { organisationCount: number; activePartnershipCount: number; fundingPerHead: number | null };
      funderOverlap: { funderCount: number };
    }>(
      page,
      `query ($id: ID!) { placeAnalytics(placeId: $id) { organisationCount activePartnershipCount fundingPerHead }
        funderOverlap(placeId: $id) { funderCount } }`,
      { id: spot.place.id },
    );
    expect((await panel.getByTestId('panel-organisations').textContent())?.trim()).toBe(
      String(placeAnalytics.organisationCount),
    );
    expect(await panel.getByTestId('panel-partnerships').textContent()).toContain(
      `${placeAnalytics.activePartnershipCount} active`,
    );
    await panel.getByTestId('panel-per-head').waitFor();
    await panel.getByText('How these figures are worked out').click();
    await panel.getByTestId('panel-how').getByText('pledges do not count', { exact: false }).first().waitFor();
    await panel.getByTestId('panel-funders-summary').waitFor();
    expect(await panel.getByTestId('panel-funder').count()).toBe(funderOverlap.funderCount);
    await screenshotWhole(page, 'funder-flow-cold-spot-panel');
    await expectNoSeriousA11yViolations(page, 'place map, a cold spot’s panel');

    // To the funder's portfolio from the map, and back to the map shaded by the funder's funding.
    if (level === 'LSOA') await page.getByTestId('zoom-out').click();
    await page.getByTestId('funder-portfolio-link').click();
    await page.getByRole('heading', { level: 1, name: 'Funder portfolio' }).waitFor();
    await page.getByTestId('portfolio-total').waitFor({ timeout: 30_000 });
    const funderId = new URL(page.url()).searchParams.get('funder');
    expect(funderId).toBeTruthy();
    expect(await page.getByTestId('place-map-link').getAttribute('href')).toBe(`/place-map?funder=${funderId}`);
    await page.getByTestId('place-map-link').click();
    await page.getByRole('heading', { level: 1, name: 'Place map' }).waitFor();
    await page
      .getByTestId('legend')
      .getByText(/^Funding from .+ per resident/)
      .waitFor();
    await page.getByTestId('funder-mark').first().waitFor();
    expect(await page.getByTestId('map-area').first().getAttribute('aria-label')).toMatch(/ from .+/);
    await screenshotWhole(page, 'funder-flow-funder-shading');
    await expectNoSeriousA11yViolations(page, 'place map, funder shading');

    // Anyone can clear the funder: the marks go, and deprivation shading comes back.
    await page.getByTestId('funder-choice').click();
    await page.getByRole('option', { name: 'No funder' }).click();
    await page.getByTestId('legend').getByText('1 most deprived').waitFor();
    expect(await page.getByTestId('funder-mark').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('funder')).toBe('none');
  });

  it('shades the map by funding per head, with the figure in the list and in each area’s name', async () => {
    const page = await signedInPage(browser, 'funder');
    await page.goto(`${baseUrl()}/place-map`);
    await page.getByTestId('map-area').first().waitFor();
    await shadeBy(page, 'Funding per head');
    await page
      .getByTestId('legend')
      .getByText(/^Funding per resident/)
      .waitFor();
    expect(await page.getByTestId('map-area').first().getAttribute('aria-label')).toMatch(/funding £[\d,.]+/);
    const header = page.getByTestId('area-list').getByRole('columnheader', { name: 'Funding per head' });
    await header.waitFor();
    await screenshotWhole(page, 'funder-flow-per-head');
    await expectNoSeriousA11yViolations(page, 'place map, funding per head');
  });
});
