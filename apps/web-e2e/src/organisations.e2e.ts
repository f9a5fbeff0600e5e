import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { WORKSPACE } from './support/server';

const AXE = join(WORKSPACE, 'node_modules/axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page and fails on serious or critical violations, listing them readably. */
async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  // Not addScriptTag: the app's Content Security Policy (script-src 'self') rightly blocks inline
  // scripts, and bypassCSP would test a page users never get. DevTools evaluation is exempt.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    at ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
  expect(`${what}: ${serious.length} serious or critical accessibility violation(s)\n${report}`).toBe(
    `${what}: 0 serious or critical accessibility violation(s)\n`,
  );
}

/**
 * Screenshots the whole page. The shell scrolls inside its content pane, so a full-page shot
 * would stop at the viewport: grow the viewport to the content for the shot, then restore it.
 */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? DESKTOP;
  const height = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    const top = content?.getBoundingClientRect().top ?? 0;
    return Math.ceil(top + (content?.scrollHeight ?? document.documentElement.scrollHeight));
  });
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/** The "Showing 1–25 of 160 organisations" line. */
function summary(page: Page) {
  return page.getByTestId('results-summary');
}

describe('organisations', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO searches the directory, filters by type, opens a profile and comes back to the same search', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await summary(page).filter({ hasText: 'Showing 1–25 of 160 organisations' }).waitFor();
    await screenshotWhole(page, 'organisations-directory');
    await expectNoSeriousA11yViolations(page, 'directory (desktop)');

    // A short form of the town's name still finds it: the search is fuzzy.
    await page.getByLabel('Search by name').fill('Wyvernham');
    await summary(page).filter({ hasNotText: 'of 160' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Wyvernham');
    const rows = page.getByTestId('results-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('Wyvernham');

    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Charity', exact: true }).click();
    await page.waitForURL(/type=CHARITY/);
    // The last results stay, faded, while the filtered ones load: wait for charities only.
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody td:nth-child(2)'));
      return cells.length > 0 && cells.every((cell) => cell.textContent?.trim() === 'Charity');
    });
    const types = await page.getByTestId('results-table').locator('tbody td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types.map((t) => t.trim()))).toEqual(new Set(['Charity']));
    await screenshotWhole(page, 'organisations-directory-filtered');

    const first = page.getByTestId('results-table').locator('tbody th a').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ties to other organisations' }).waitFor();
    expect(await page.getByTestId('organisation-kind').textContent()).toContain('Charity');
    expect(await page.title()).toBe(`${name} – Common Ground`);
    expect(await page.getByTestId('funding-received').textContent()).toMatch(/^£[\d,]+$/);
    await screenshotWhole(page, 'organisation-profile');
    await expectNoSeriousA11yViolations(page, 'profile (desktop)');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(await page.getByLabel('Search by name').inputValue()).toBe('Wyvernham');
    expect(new URL(page.url()).searchParams.get('type')).toBe('CHARITY');
    await page.getByTestId('results-table').getByRole('link', { name, exact: true }).first().waitFor();
  });

  it('shows a profile with partnerships and ties, and scores in words', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    // The demo's partnership leads are charities in the county's towns; find one with memberships.
    await page.goto(`${baseUrl()}/organisations?type=CHARITY`);
    await summary(page).waitFor();
    const links = await page.getByTestId('results-table').locator('tbody th a').evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname),
    );
    let found = false;
    for (const link of links) {
      await page.goto(`${baseUrl()}${link}`);
      await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
      if ((await page.getByTestId('partnerships').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    const since = await page.getByTestId('partnerships').locator('tbody tr td:nth-child(3)').first().textContent();
    expect(since?.trim()).toMatch(/^(\d{2}\/\d{2}\/\d{4}|—)/);
    await page.getByTestId('ties').getByRole('heading', { level: 3 }).first().waitFor();
    await screenshotWhole(page, 'organisation-profile-partnerships');
  });

  it('says when an organisation does not exist', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/organisations/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Organisation not found' }).waitFor();
  });

  it('offers to clear filters when nothing matches', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/organisations?q=qqqqxxxxzzzz`);
    await page.getByText('No organisations match “qqqqxxxxzzzz”').waitFor();
    await screenshotWhole(page, 'organisations-directory-empty');
    await expectNoSeriousA11yViolations(page, 'directory empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await summary(page).filter({ hasText: 'of 160' }).waitFor();
  });

  it('works on a phone-sized screen, with cards and pages', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${baseUrl()}/organisations`);
    await summary(page).filter({ hasText: 'Showing 1–25 of 160' }).waitFor();
    await page.getByTestId('results-cards').waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await summary(page).filter({ hasText: 'Showing 26–50 of 160' }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await screenshotWhole(page, 'organisations-directory-phone');
    await expectNoSeriousA11yViolations(page, 'directory (phone)');
    await page.goBack();
    await summary(page).filter({ hasText: 'Showing 1–25 of 160' }).waitFor();

    await page.getByTestId('results-cards').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
    await screenshotWhole(page, 'organisation-profile-phone');
    await expectNoSeriousA11yViolations(page, 'profile (phone)');
  });
});
