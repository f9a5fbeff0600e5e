import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { screenshot } from './browser';
import { WORKSPACE } from './server';

const AXE = join(WORKSPACE, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page and fails on serious or critical violations, listing them readably. */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
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
        v.nodes
          .map(
            (n) => `    at ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
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
export async function screenshotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    const top = content?.getBoundingClientRect().top ?? 0;
    return Math.ceil(top + (content?.scrollHeight ?? document.documentElement.scrollHeight));
  });
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/**
 * Waits until a field shows the expected value. Forms fill and recompute asynchronously, so
 * reading the value once right after a click races the app's change detection under load.
 */
export async function expectValue(field: Locator, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await field.inputValue();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await field.inputValue();
  }
  expect(actual).toBe(expected);
}
