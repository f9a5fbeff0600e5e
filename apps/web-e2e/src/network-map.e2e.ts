import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

/** The number in the summary strip's "Organisations" box. */
async function nodeCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('summary-nodes').locator('dd').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/** Waits until the map shows a network and its summary, and the layout worker has settled. */
async function waitForMap(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Network map' }).waitFor();
  await page.getByTestId('summary-nodes').waitFor();
  await page.getByTestId('layout-status').getByText('Map arranged.').waitFor({ timeout: 60_000 });
}

describe('network map', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO filters the coalition map, finds an organisation, reads its measures and downloads the network', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Network map' }).click();
    await waitForMap(page);
    const everyone = await nodeCount(page);
    expect(everyone).toBe(160);

    // sigma draws with WebGL; headless Chromium with --disable-gpu falls back to SwiftShader.
    const drawn = await page.getByTestId('network-canvas').locator('canvas').count();
    expect(drawn).toBeGreaterThan(0);
    expect(await page.getByText('This browser could not draw the map').count()).toBe(0);
    await page.getByTestId('legend').getByText('Voluntary and community').waitFor();
    await screenshotWhole(page, 'network-map');
    await expectNoSeriousA11yViolations(page, 'network map');

    // A place narrows the organisations on the map.
    await page.getByRole('combobox', { name: 'Place' }).click();
    await page.getByRole('option').nth(1).click();
    await page.waitForURL(/place=/);
    await page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="summary-nodes"] dd')?.textContent ?? '';
      return Number(text.replace(/[^\d]/g, '')) !== before;
    }, everyone);
    const inPlace = await nodeCount(page);
    expect(inPlace).toBeGreaterThan(0);
    expect(inPlace).toBeLessThan(everyone);
    await screenshotWhole(page, 'network-map-filtered');

    // Fewer kinds of tie: funding only. The organisations stay; their ties change.
    for (const kind of ['Working relationship', 'Partnership co-members', 'Joint project']) {
      await page.getByRole('checkbox', { name: kind }).uncheck();
    }
    await page.waitForURL(/kinds=FUNDING/);
    expect(await page.getByRole('checkbox', { name: 'Funding' }).isDisabled()).toBe(true);
    // Dates are typed the British way and sent to the API as ISO days.
    await page.getByLabel('Ties active from').fill('01/02/2020');
    await page.getByLabel('Ties active from').press('Tab');
    await page.waitForURL(/from=2020-02-01/);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForFunction(() => !/place=|kinds=|from=/.test(location.search));
    await page.getByTestId('summary-nodes').getByText('160').waitFor();

    // The best-connected organisation, from the table view, found again by search on the map.
    await page.getByTestId('view-table').click();
    const firstRow = page.getByTestId('network-table').locator('tbody tr').first();
    const name = ((await firstRow.locator('th').textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(3);
    await expectNoSeriousA11yViolations(page, 'network table');
    await page.getByTestId('network-table').getByRole('button', { name: 'Organisation' }).click();
    expect(await page.getByTestId('network-table').locator('thead th').first().getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await page.getByTestId('view-map').click();

    await page.getByLabel('Find an organisation').fill(name.slice(0, 12));
    await page.getByRole('option', { name, exact: true }).click();
    await page.getByTestId('panel-name').filter({ hasText: name }).waitFor();
    await page.getByTestId('measure-degree').waitFor();
    expect(Number(await page.getByTestId('measure-degree').locator('.value').textContent())).toBeGreaterThan(0);
    await page.getByTestId('measure-brokerage').waitFor();
    expect(await page.getByTestId('panel-profile-link').getAttribute('href')).toMatch(
      /^\/organisations\/[0-9a-f-]{36}$/,
    );
    // Keyboard users land on the panel.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-name');
    await screenshotWhole(page, 'network-map-selected');
    await expectNoSeriousA11yViolations(page, 'network map with a selected organisation');

    // Clicking a node on the canvas selects it as well: the search centred the camera on it.
    await page.getByTestId('organisation-panel').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('panel-name').filter({ hasText: name }).waitFor({ state: 'detached' });
    await page.waitForTimeout(1000); // the camera's move to the organisation
    const canvas = (await page.getByTestId('network-canvas').boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.getByTestId('panel-name').filter({ hasText: name }).waitFor();
    await page.getByTestId('measure-betweenness').waitFor();

    // CSV of the organisations on the map.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv-organisations').click(),
    ]);
    expect(download.suggestedFilename()).toBe('coalition-map-organisations.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('id,name,sector,degree,betweenness,eigenvector,community');
    expect(csv).toHaveLength(everyone + 1);
    expect(csv.some((line) => line.includes(name))).toBe(true);

    const [picture] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(picture.suggestedFilename()).toBe('coalition-map.png');
    expect(
      readFileSync((await picture.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('a CEO rates a partner on trust and value, and the rating is kept', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/network-map`);
    await page.getByTestId('ratings-link').click();
    await page.getByRole('heading', { level: 1, name: 'Rate your partners' }).waitFor();
    const partner = page.getByTestId('partner-0');
    await partner.waitFor();
    const partnerName = ((await partner.locator('legend').textContent()) ?? '').trim();
    await screenshotWhole(page, 'network-map-ratings');
    await expectNoSeriousA11yViolations(page, 'partner ratings');

    const trust = partner.getByRole('radiogroup', { name: 'Trust' });
    const value = partner.getByRole('radiogroup', { name: 'Value' });
    // Pick scores that differ from what is there, so there is something to save.
    const trustNow = await trust.getByRole('radio', { name: /^4/ }).isChecked();
    const trustScore = trustNow ? '3' : '4';
    await trust.getByRole('radio', { name: new RegExp(`^${trustScore}`) }).check();
    // Keyboard: arrow keys move within a radio group.
    await value.getByRole('radio', { name: /^1/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await value.getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);
    await page.getByTestId('save-ratings').click();
    await page.getByTestId('ratings-status').filter({ hasText: 'Saved 1 rating.' }).waitFor();

    await page.reload();
    const again = page.getByTestId('partner-0');
    await again.waitFor();
    expect(((await again.locator('legend').textContent()) ?? '').trim()).toBe(partnerName);
    expect(
      await again
        .getByRole('radiogroup', { name: 'Trust' })
        .getByRole('radio', { name: new RegExp(`^${trustScore}`) })
        .isChecked(),
    ).toBe(true);
    expect(await again.getByRole('radiogroup', { name: 'Value' }).getByRole('radio', { name: /^2/ }).isChecked()).toBe(
      true,
    );
  });

  it('says a network measured for the first time is being measured, then shows it when ready', async () => {
    const page = await signedInPage(browser, 'ceo');
    // The server's first answer for a large area never measured before: empty, and updating.
    let firstAnswer = true;
    await page.route('**/graphql', async (route) => {
      if (!firstAnswer || route.request().postDataJSON()?.operationName !== 'NetworkMap') return route.continue();
      firstAnswer = false;
      const response = await route.fetch();
      const body = await response.json();
      const network = body.data.network;
      for (const part of [network.nodes, network.edges]) for (const key of Object.keys(part)) part[key] = [];
      await route.fulfill({ response, json: { data: { network: { ...network, updating: true } } } });
    });
    await page.goto(`${baseUrl()}/network-map`);
    await page.getByTestId('network-updating').getByText('Measuring this network for the first time').waitFor();
    expect(await page.getByText('No organisations on the map').count()).toBe(0);
    expect(await page.getByTestId('network-canvas').isVisible()).toBe(false);
    await screenshotWhole(page, 'network-map-first-measuring');
    await expectNoSeriousA11yViolations(page, 'network map while first measured');
    // The map asks again while updating, and draws the fresh answer.
    await waitForMap(page);
    expect(await nodeCount(page)).toBe(160);
    expect((await page.getByTestId('network-updating').textContent())?.trim()).toBe('');
    await page.context().close();
  });

  it('works on a phone-sized screen, with the panel below the map', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/network-map`);
    await waitForMap(page);
    const canvas = await page.getByTestId('network-canvas').boundingBox();
    const panel = await page.getByTestId('organisation-panel').boundingBox();
    expect(canvas && panel && panel.y > canvas.y + canvas.height - 1).toBe(true);
    await screenshotWhole(page, 'network-map-phone');
    await expectNoSeriousA11yViolations(page, 'network map (phone)');
  });
});
