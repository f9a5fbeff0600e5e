import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';
import { WORKSPACE } from './support/server';

/** The fill colour of every area drawn. */
async function fillsOnMap(page: Page): Promise<string[]> {
  return page.getByTestId('map-area').evaluateAll((areas) => areas.map((area) => area.getAttribute('fill') ?? ''));
}

describe('place map', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a funder sees the county shaded by deprivation with the partnerships on it, opens an area, switches to hexes and downloads the map', async () => {
    const page = await signedInPage(browser, 'funder');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Place map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Place map' }).waitFor();

    // The demo county's local authorities, each shaded, with the demo partnerships drawn on top.
    const areas = page.getByTestId('map-area');
    await areas.first().waitFor();
    const count = await areas.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect((await fillsOnMap(page)).every((fill) => /^#[0-9a-f]{6}$/.test(fill) && fill !== '#d9d9d9')).toBe(true);
    expect(await page.getByTestId('partnership-dot').count()).toBeGreaterThan(0);
    await page.getByTestId('legend').getByText('1 most deprived').waitFor();
    expect(await page.getByTestId('data-credits').textContent()).toBe(
      'Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right. Contains Royal Mail data © Royal Mail copyright and database right.',
    );
    expect(await page.getByTestId('area-list').locator('tbody tr').count()).toBe(count);
    await screenshotWhole(page, 'place-map');
    await expectNoSeriousA11yViolations(page, 'place map');

    // A click on an area opens its panel, with the work going on there as its place page counts it.
    const first = areas.first();
    const name = ((await first.getAttribute('aria-label')) ?? '').split(':')[0];
    await first.click();
    const panel = page.getByTestId('place-panel');
    await panel.getByRole('heading', { name }).waitFor();
    await panel.getByTestId('panel-partnerships').waitFor();
    expect(await panel.getByTestId('panel-decile').textContent()).toMatch(/^Decile \d+ of 10/);
    await screenshotWhole(page, 'place-map-panel');

    // From the keyboard: Enter on a focused area opens it too.
    await areas.nth(1).focus();
    await page.keyboard.press('Enter');
    const second = ((await areas.nth(1).getAttribute('aria-label')) ?? '').split(':')[0];
    await panel.getByRole('heading', { name: second }).waitFor();

    // Zooming into a local authority shows its wards; back out again.
    await panel.getByTestId('zoom-in').click();
    await page.locator('#map-title').getByText(`Wards in ${second}`).waitFor();
    await page.getByTestId('map-area').first().waitFor();
    expect(await page.getByTestId('map-area').count()).toBeGreaterThan(1);
    await screenshotWhole(page, 'place-map-wards');
    await expectNoSeriousA11yViolations(page, 'place map, wards');
    await page.getByTestId('zoom-out').click();
    await page.locator('#map-title').getByText('Local authorities, shaded by').waitFor();

    // The equal-area hex layout.
    await page.getByTestId('layout-toggle').getByRole('radio', { name: 'Hex' }).click();
    await page.locator('svg[data-layout="hex"]').waitFor();
    expect(await page.getByTestId('map-area').count()).toBe(count);
    await screenshotWhole(page, 'place-map-hex');
    await expectNoSeriousA11yViolations(page, 'place map, hex');

    // The picture, with its legend and credits.
    const [picture] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(picture.suggestedFilename()).toBe('place-map.png');
    const png = readFileSync((await picture.path()) as string);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    mkdirSync(join(WORKSPACE, 'test-output/screenshots'), { recursive: true });
    writeFileSync(join(WORKSPACE, 'test-output/screenshots/place-map-export.png'), png);
  });

  it('fits a phone, with the list of areas under the map', async () => {
    const page = await signedInPage(browser, 'funder', { viewport: PHONE });
    await page.goto(`${baseUrl()}/place-map`);
    await page.getByTestId('map-area').first().waitFor();
    await page.getByTestId('area-list').waitFor();
    // Nothing on the page reaches past the screen's right edge (the table scrolls inside itself).
    const widest = await page
      .locator('cg-place-map-page')
      .evaluate((host) => Math.max(...Array.from(host.children, (child) => child.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(PHONE.width);
    await screenshotWhole(page, 'place-map-phone');
    await expectNoSeriousA11yViolations(page, 'place map on a phone');
  });
});
