import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { findChromium, launchBrowser, screenshot } from '../src/support/browser';
import { DESKTOP } from '../src/support/personas';
import { SERVER_MAIN, StartedServer, WORKSPACE } from '../src/support/server';
import { BENCH_ADMIN, seededDataDir, startServerWithAdmin } from './seeded-server';

const ORGANISATIONS = 20_000;
/** The layout gets this long to settle; then it is stopped, and the figures say so. */
const LAYOUT_CAP_MS = 30_000;
/** How long the CPU profile of the main thread runs while the layout starts. */
const PROFILE_MS = 8_000;
const GESTURE_MS = 3_000;
const SEARCH_TEXT = 'Heritage';

type Window = typeof globalThis & { __benchFrames: number[] };

/** Every requestAnimationFrame callback's time since the page began, counted from the first script on. */
function countFrames(): void {
  const w = window as unknown as Window;
  w.__benchFrames = [];
  const tick = (time: number) => {
    w.__benchFrames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

interface Frames {
  fps: number;
  /** The longest gap between two frames: how long the page stood still at worst. */
  worstMs: number;
  /** When that gap began, from the start of the measured stretch. */
  worstAfterMs: number;
}

async function framesBetween(page: Page, from: number, to: number): Promise<Frames> {
  const times = await page.evaluate(
    ([a, b]) => (window as unknown as Window).__benchFrames.filter((t) => t >= a && t <= b),
    [from, to],
  );
  const gaps: [start: number, length: number][] = [];
  let previous = from;
  for (const time of [...times, to]) {
    gaps.push([previous, time - previous]);
    previous = time;
  }
  const [worstStart, worst] = gaps.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { fps: (times.length * 1000) / (to - from), worstMs: worst, worstAfterMs: worstStart - from };
}

/** Runs a gesture for GESTURE_MS, calling `move` with the elapsed fraction, and reports the frames meanwhile. */
async function duringGesture(
  page: Page,
  move: (fraction: number) => Promise<void>,
): Promise<Frames & { moves: number }> {
  const from = await pageNow(page);
  const started = performance.now();
  let moves = 0;
  for (let elapsed = 0; elapsed < GESTURE_MS; elapsed = performance.now() - started) {
    await move(elapsed / GESTURE_MS);
    moves += 1;
  }
  const to = await pageNow(page);
  return { ...(await framesBetween(page, from, to)), moves };
}

/** The promise's value, or undefined when it takes longer than `ms`. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)));
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

/** The functions that spent most time themselves, as shares of the profiled time. */
function topSelfTime(profile: CpuProfile, count = 6): string {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName;
    byName.set(key, (byName.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${name} ${Math.round((100 * hits) / total)}%`)
    .join(', ');
}

/** Set BENCH_TRACE_DIR to also save a Chrome trace of choosing from search (open it in DevTools' Performance tab). */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'gpu',
  'disabled-by-default-v8.cpu_profiler',
];

type PanelWindow = typeof globalThis & { __benchPanel: Partial<Record<keyof PanelSteps | 'clicked', number>> };

/** Milliseconds after the click (page clock) at which each step of choosing from search happened. */
interface PanelSteps {
  /** The panel's heading showed the chosen name, in the DOM. */
  named: number;
  /** The measures request left, and its response had arrived, by resource timing. */
  requested: number;
  answered: number;
  /** The measures were in the DOM, and then painted (the frame after that had been committed). */
  measured: number;
  painted: number;
}

/**
 * Records in the page when the chosen organisation's panel changes, so the panel's time splits into
 * the page's own steps rather than one number seen from outside (which also counts Playwright polling).
 */
function watchPanel(name: string): void {
  const w = window as unknown as PanelWindow;
  const marks: PanelWindow['__benchPanel'] = {};
  w.__benchPanel = marks;
  document.addEventListener('click', () => (marks.clicked ??= performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('[data-testid="panel-name"]');
    if (marks.named === undefined && heading?.textContent?.includes(name)) marks.named = performance.now();
    if (marks.measured === undefined && document.querySelector('[data-testid="measure-degree"]')) {
      marks.measured = performance.now();
      // A task queued from the next frame runs once that frame has been painted and committed.
      requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now())));
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function panelTimeline(): PanelSteps {
  const marks = (window as unknown as PanelWindow).__benchPanel;
  const clicked = marks.clicked ?? NaN;
  const request = performance
    .getEntriesByType('resource')
    .find((e): e is PerformanceResourceTiming => e.name.endsWith('/graphql') && e.startTime >= clicked);
  const after = (t: number | undefined) => (t ?? NaN) - clicked;
  return {
    named: after(marks.named),
    requested: after(request?.startTime),
    answered: after(request?.responseEnd),
    measured: after(marks.measured),
    painted: after(marks.painted),
  };
}

function describePanelSteps(s: PanelSteps): string {
  const at = (ms: number) => (Number.isNaN(ms) ? '?' : millis(ms));
  return `name shown ${at(s.named)}, measures requested ${at(s.requested)} and answered ${at(s.answered)}, shown ${at(s.measured)}, painted ${at(s.painted)} after the click`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${Math.round(ms).toLocaleString('en-GB')} ms`;
const frames = (f: Frames) =>
  `${f.fps.toFixed(0)} fps (longest frame gap ${millis(f.worstMs)}, ${seconds(f.worstAfterMs)} in)`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Issue #6: the coalition map stays responsive with 20,000 organisations. Drives the production build
// in headless Chromium (WebGL through SwiftShader, so no GPU: figures are a floor, not what a laptop
// shows) and prints one block of figures; asserts only that the map drew and the panel opened.
describe('benchmark: the coalition map in a browser with 20,000 organisations', () => {
  let server: StartedServer;
  let browser: Browser;
  let seedMs = 0;

  beforeAll(async () => {
    await findChromium();
    for (const built of [SERVER_MAIN, join(WORKSPACE, 'dist/apps/web/browser/index.html')]) {
      if (!existsSync(built))
        throw new Error(`${built} is missing: run \`nx run-many -t build -p api web\` first (npm run bench does).`);
    }
    const seeded = await seededDataDir(ORGANISATIONS);
    seedMs = seeded.seededMs;
    server = await startServerWithAdmin(seeded.dir);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws, lays out, pans, hovers and finds an organisation', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const signIn = await context.request.post(`${server.url}/graphql`, {
      data: {
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password } },
      },
    });
    const signedIn = (await signIn.json()) as { errors?: { message: string }[] };
    if (signedIn.errors?.length)
      throw new Error(`Signing in as the benchmark administrator failed: ${signedIn.errors[0].message}`);
    await context.addInitScript(countFrames);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // What went wrong in the page, the layout worker included, is part of the figures.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('worker', (worker) =>
      worker.on('close', () => problems.push(`a worker closed: ${worker.url().split('/').pop()}`)),
    );

    // 1. Network data, then the first frame: sigma adds its canvases when it is built, and draws on the next frame.
    const started = performance.now();
    const networkResponse = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('NetworkMap'),
      {
        timeout: 120_000,
      },
    );
    // Meanwhile, how long the API takes to answer someone else: a measured network must not hold everyone up.
    let measuring = true;
    const healthWaits: number[] = [];
    const pollHealth = (async () => {
      while (measuring) {
        const asked = performance.now();
        await fetch(`${server.url}/health`).catch(() => undefined);
        healthWaits.push(performance.now() - asked);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await page.goto(`${server.url}/network-map`);
    const response = await networkResponse;
    measuring = false;
    await pollHealth;
    const slowestHealth = Math.max(0, ...healthWaits);
    // Sizes, not the body: Chromium may already have dropped a 9 MB body from its buffer.
    const { responseBodySize } = await response.request().sizes();
    const dataArrived = performance.now() - started;
    const timing = response.request().timing();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="network-canvas"] canvas').length > 0,
      undefined,
      { timeout: 120_000 },
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const firstFrame = performance.now() - started;
    const drewMap = (await page.getByTestId('network-canvas').locator('canvas').count()) > 0;
    const noWebGl = (await page.getByText('This browser could not draw the map').count()) > 0;

    const shown = async (key: string) =>
      ((await page.getByTestId(`summary-${key}`).locator('dd').textContent()) ?? '').trim();
    const nodes = await shown('nodes');
    const edges = await shown('edges');
    console.log(
      `map bench: data after ${millis(dataArrived)}, first frame after ${millis(firstFrame)}; ${nodes} organisations, ${edges} tied pairs`,
    );

    // 2. The ForceAtlas2 layout in its worker, until the status says it has settled (or the cap). The page
    // may be too busy to answer while it runs, so each look at it has a deadline, and a CPU profile of the
    // first seconds says where the main thread's time goes.
    const layoutFrom = await pageNow(page);
    const layoutStarted = performance.now();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    const profiled = (async () => {
      await new Promise((r) => setTimeout(r, PROFILE_MS));
      return topSelfTime((await cdp.send('Profiler.stop')).profile);
    })();
    let layoutNote = 'settled';
    let status = '';
    const statuses: string[] = [];
    let unanswered = 0;
    while (!status.includes('Map arranged.')) {
      if (performance.now() - layoutStarted > LAYOUT_CAP_MS) {
        layoutNote = `NOT settled within ${seconds(LAYOUT_CAP_MS)} (${
          statuses.length
            ? `status ${statuses.slice(0, 3).join(', ')} … ${statuses[statuses.length - 1]}`
            : 'the status line stayed empty: no layout progress reached the page'
        }; the page did not answer ${unanswered} of our looks within 2 s)`;
        await within(
          10_000,
          page.getByRole('button', { name: 'Stop and keep this layout' }).click({ timeout: 10_000 }),
        );
        break;
      }
      const text = await within(
        2_000,
        page.evaluate(() => document.querySelector('[data-testid="layout-status"]')?.textContent ?? ''),
      );
      if (text === undefined) unanswered += 1;
      else status = text.replace(/\s+/g, ' ').trim();
      if (status && status !== statuses[statuses.length - 1])
        statuses.push(`${seconds(performance.now() - layoutStarted)} "${status}"`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const layoutMs = performance.now() - layoutStarted;
    const profile = (await within(15_000, profiled)) ?? 'no profile: the page was too busy to return it within 15 s';
    console.log(
      `map bench: layout ${layoutNote} after ${seconds(layoutMs)}; main thread self time, first ${seconds(PROFILE_MS)} of layout: ${profile}`,
    );
    // From here on each step has a deadline: when the page is stuck drawing, the figures say so instead of hanging.
    const duringLayout = await within(15_000, (async () => framesBetween(page, layoutFrom, await pageNow(page)))());
    // Pictures to look at: is a national network still readable, settled and with one organisation chosen?
    // The gestures below must land on the drawing: until session 4 it sat below the fold, so the
    // "60 fps" measured for panning and hovering was a page with nothing happening.
    await within(10_000, page.getByTestId('network-canvas').scrollIntoViewIfNeeded());
    const settledShot = await within(15_000, screenshot(page, 'bench-map-20k-settled'));
    const heapAfterLayout = await within(10_000, cdp.send('Runtime.getHeapUsage'));

    // 3. Panning: drag the camera around a circle for 3 s.
    const box = await page
      .getByTestId('network-canvas')
      .boundingBox({ timeout: 10_000 })
      .catch(() => null);
    if (!box) throw new Error('The map has no drawing area (or the page did not answer).');
    if (box.y + box.height * 0.8 > DESKTOP.height || box.y + box.height * 0.2 < 0)
      throw new Error('The drawing is not on screen, so the gestures would measure nothing.');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const pan = await within(
      GESTURE_MS + 15_000,
      (async () => {
        await page.mouse.move(centre.x, centre.y);
        await page.mouse.down();
        const result = await duringGesture(page, (f) => {
          const angle = f * 4 * Math.PI;
          return page.mouse.move(
            centre.x + Math.cos(angle) * box.width * 0.25,
            centre.y + Math.sin(angle) * box.height * 0.25,
          );
        });
        await page.mouse.up();
        return result;
      })(),
    );

    // 4. Hovering: back to the whole picture, then sweep the pointer across the crowded middle for 3 s.
    const hover = await within(
      GESTURE_MS + 15_000,
      (async () => {
        await page.getByTestId('network-canvas').focus();
        await page.keyboard.press('0');
        await page.waitForTimeout(400);
        const result = await duringGesture(page, (f) => {
          const row = Math.floor(f * 12);
          const across = (f * 12) % 1;
          const x = box.x + box.width * (0.2 + 0.6 * (row % 2 ? 1 - across : across));
          return page.mouse.move(x, box.y + box.height * (0.2 + (0.6 * row) / 11));
        });
        await page.mouse.move(box.x + 2, box.y + 2);
        return result;
      })(),
    );

    // 5. Search: the matches for a typed word, then choosing one until its panel shows measures.
    let matchesMs: number | undefined;
    let panelMs: number | undefined;
    let measuresServerMs: number | undefined;
    let panelProfile = 'no profile';
    let panelSteps: PanelSteps | undefined;
    let name = '';
    const searched = await within(
      60_000,
      (async () => {
        const searchStarted = performance.now();
        await page.getByLabel('Find an organisation').fill(SEARCH_TEXT, { timeout: 60_000 });
        const option = page.getByRole('option').first();
        await option.waitFor({ timeout: 60_000 });
        matchesMs = performance.now() - searchStarted;
        name = ((await option.textContent()) ?? '').trim();
        const measuresResponse = page.waitForResponse(
          (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('OrganisationMeasures'),
          { timeout: 60_000 },
        );
        await page.evaluate(watchPanel, name);
        if (TRACE_DIR)
          await browser.startTracing(page, { path: join(TRACE_DIR, 'panel.json'), categories: TRACE_CATEGORIES });
        await cdp.send('Profiler.start');
        const chosen = performance.now();
        await option.click({ timeout: 60_000 });
        await page.getByTestId('panel-name').filter({ hasText: name }).waitFor({ timeout: 60_000 });
        await page.getByTestId('measure-degree').waitFor({ timeout: 60_000 });
        panelMs = performance.now() - chosen;
        const measuresTiming = (await measuresResponse).request().timing();
        measuresServerMs = measuresTiming.responseEnd - measuresTiming.requestStart;
        panelProfile = topSelfTime((await cdp.send('Profiler.stop')).profile);
        if (TRACE_DIR) await browser.stopTracing();
        panelSteps = await within(10_000, page.evaluate(panelTimeline));
        return (await page.getByTestId('panel-name').textContent())?.trim() === name;
      })(),
    );
    const panelOpened = searched === true;
    await page.waitForTimeout(1_500); // the camera's flight to the chosen organisation
    const chosenShot = await within(15_000, screenshot(page, 'bench-map-20k-chosen'));

    // 6. The picture as a PNG, with the chosen organisation highlighted as on screen.
    const png = await within(
      30_000,
      (async () => {
        const asked = performance.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-png').click()]);
        const bytes = (await stat((await download.path()) as string)).size;
        return { ms: performance.now() - asked, bytes };
      })().catch(() => undefined),
    );

    // 7. Every tie: on request only, as drawing them all is what stalls a page without a GPU.
    const allTies = await within(
      30_000,
      (async () => {
        const from = await pageNow(page);
        await page
          .getByTestId('all-ties')
          .locator('input')
          .check({ timeout: 10_000 })
          .catch(() => undefined);
        await page.waitForTimeout(GESTURE_MS);
        return framesBetween(page, from, await pageNow(page));
      })(),
    );
    const allTiesShot = await within(15_000, screenshot(page, 'bench-map-20k-all-ties'));

    const heap = await within(10_000, cdp.send('Runtime.getHeapUsage'));
    const noAnswer = 'no answer: the page was busy';
    const frameFigures = (f: (Frames & { moves?: number }) | undefined) =>
      f ? `${frames(f)}${f.moves === undefined ? '' : `, ${f.moves} pointer moves`}` : noAnswer;

    console.log(
      [
        `Coalition map, ${ORGANISATIONS.toLocaleString('en-GB')} organisations (headless Chromium, SwiftShader WebGL, ${DESKTOP.width}×${DESKTOP.height})`,
        `  seed                         ${seedMs ? `${seconds(seedMs)} (new data in .data/bench-map)` : 'reused .data/bench-map'}`,
        `  network data arrived         ${millis(dataArrived)} after navigation (server's first byte after ${millis(timing.responseStart - timing.requestStart)}, ${megabytes(responseBodySize)} of JSON)`,
        `  meanwhile, /health answered  in ${millis(slowestHealth)} at worst (${healthWaits.length} requests while the network was measured)`,
        `  first frame drawn            ${millis(firstFrame)} after navigation${noWebGl ? ' (NO WebGL: table fallback)' : ''}`,
        `  shown                        ${nodes} organisations, ${edges} tied pairs`,
        `  layout (ForceAtlas2 worker)  ${seconds(layoutMs)} after the first frame, ${layoutNote}; page meanwhile ${frameFigures(duringLayout)}`,
        `  panning (drag, 3 s)          ${frameFigures(pan)}`,
        `  hovering across nodes (3 s)  ${frameFigures(hover)}`,
        `  search "${SEARCH_TEXT}"            ${
          matchesMs === undefined ? noAnswer : `matches listed in ${millis(matchesMs)}`
        }; ${panelMs === undefined ? 'the panel did not show measures within 60 s' : `choosing "${name}" showed its measures in ${millis(panelMs)}`}`,
        `  panel: measures request      ${measuresServerMs === undefined ? '?' : millis(measuresServerMs)}; main thread meanwhile ${panelProfile}`,
        `  panel, in the page's clock   ${panelSteps ? describePanelSteps(panelSteps) : noAnswer}`,
        `  main thread during layout    ${profile}`,
        `  PNG export (chosen shown)    ${png ? `${millis(png.ms)}, ${(png.bytes / 1024).toFixed(0)} kB` : 'no download within 30 s'}`,
        `  "Draw every tie" ticked      ${frameFigures(allTies)} in the 3 s after`,
        `  screenshots                  ${[settledShot, chosenShot, allTiesShot].filter(Boolean).join(', ') || 'none (the page was busy)'}`,
        `  page errors                  ${problems.length ? problems.slice(0, 5).join(' | ') : 'none'}`,
        `  JS heap used (main thread)   ${heapAfterLayout ? megabytes(heapAfterLayout.usedSize) : '?'} after the layout, ${heap ? `${megabytes(heap.usedSize)} at the end (of ${megabytes(heap.totalSize)})` : '? at the end'}`,
      ].join('\n'),
    );
    expect(drewMap && !noWebGl).toBe(true);
    expect(panelOpened).toBe(true);
  }, 300_000);
});
