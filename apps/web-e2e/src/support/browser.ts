import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { WORKSPACE } from './server';

export const SCREENSHOT_DIR = join(WORKSPACE, 'test-output/screenshots');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The Chromium this run uses (named by `findChromium` in the global setup); browsers are never downloaded. */
export function chromiumPath(): string {
  const path = process.env.CHROME_BIN ?? SYSTEM_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Run the browser tests through their Jest config, which finds one, or set CHROME_BIN.`);
  }
  return path;
}

/**
 * Finds a Chromium and names it in CHROME_BIN for the test workers: CHROME_BIN or Debian's when
 * installed, else the one shipped inside the @sparticuz/chromium npm package (unpacked into the
 * temp folder, about 10 s the first time), so `npm test` needs nothing beyond `npm install`.
 * `CG_BROWSER=npm` takes the npm one even when Debian's is there, so CI keeps both paths green.
 */
export async function findChromium(): Promise<string> {
  const system = process.env.CHROME_BIN ?? SYSTEM_CHROMIUM;
  if (process.env.CG_BROWSER !== 'npm' && existsSync(system)) return system;
  if (process.env.CHROME_BIN && process.env.CG_BROWSER !== 'npm') return chromiumPath(); // names the missing one
  // Its CommonJS build exports the static methods directly, not as `default`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const shipped = require('@sparticuz/chromium') as { executablePath(): Promise<string> };
  const path = await shipped.executablePath();
  process.env.CHROME_BIN = path;
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run browser tests through their Jest config.');
  return url;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
