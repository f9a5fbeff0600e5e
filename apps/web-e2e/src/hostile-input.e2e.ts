import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';

// Markup a careless template would run. Each one, if it ran, sets the flag or opens a dialog;
// the marker makes the records easy to find and the text easy to check.
const MARK = `Zq${Date.now().toString(36)}`;
const IMG = `<img src=x onerror="window.__xss=1;alert(1)">`;
const SCRIPT = `<script>window.__xss=1</script>`;
const SVG = `"><svg onload="window.__xss=1">`;
const hostile = (what: string, payload: string) => `${MARK} ${what} ${payload}`;

const TEXT = {
  orgName: hostile('Trust', IMG),
  orgDescription: hostile('about', SCRIPT),
  personName: hostile('Ann', SVG),
  personNotes: hostile('notes', IMG),
  partnershipName: hostile('Alliance', SCRIPT),
  partnershipPurpose: hostile('purpose', SVG),
  projectName: hostile('Project', IMG),
  projectSummary: hostile('summary', SCRIPT),
  activityTitle: hostile('Meeting', SVG),
  activityNotes: hostile('minutes', IMG),
  outcomeTitle: hostile('Outcome', SCRIPT),
  storyTitle: hostile('Story', IMG),
  storyBody: hostile('told', SVG),
  storyQuote: hostile('quote', SCRIPT),
};

interface Stored {
  organisationId: string;
  personId: string;
  partnershipId: string;
  projectId: string;
  outcomeId: string;
}

/** Stores the hostile text in every kind of record, as the CEO's charity, through the API. */
async function storeHostileRecords(page: Page): Promise<Stored> {
  const ask = <T>(query: string, input: Record<string, unknown>) => graphqlAs<T>(page, query, { input });
  const { me } = await graphqlAs<{ me: { memberships: { organisationId: string }[] } }>(
    page,
    '{ me { memberships { organisationId } } }',
  );
  const ours = me.memberships[0].organisationId;
  const owned = { ownerOrganisationId: ours };

  const { createOrganisation: org } = await ask<{ createOrganisation: { id: string } }>(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { name: TEXT.orgName, description: TEXT.orgDescription, type: 'CHARITY' },
  );
  const { createPerson: person } = await ask<{ createPerson: { id: string } }>(
    'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { fullName: TEXT.personName, privateNotes: TEXT.personNotes, ...owned },
  );
  const { createPartnership: partnership } = await ask<{ createPartnership: { id: string } }>(
    'mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    { name: TEXT.partnershipName, purpose: TEXT.partnershipPurpose, governanceModel: 'SHARED_LEADERSHIP', ...owned },
  );
  const addMember = 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }';
  await ask(addMember, { partnershipId: partnership.id, organisationId: ours, role: 'LEAD' });
  await ask(addMember, { partnershipId: partnership.id, organisationId: org.id, role: 'CORE_MEMBER' });
  const { createProject: project } = await ask<{ createProject: { id: string } }>(
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    { name: TEXT.projectName, summary: TEXT.projectSummary, partnershipId: partnership.id, ...owned },
  );
  await ask('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
    title: TEXT.activityTitle,
    notes: TEXT.activityNotes,
    kind: 'MEETING',
    partnershipId: partnership.id,
    projectId: project.id,
    organisationIds: [ours, org.id],
    personIds: [person.id],
    ...owned,
  });
  const { createOutcome: outcome } = await ask<{ createOutcome: { id: string } }>(
    'mutation ($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }',
    { title: TEXT.outcomeTitle, definedBy: 'COMMUNITY', ownerProjectId: project.id },
  );
  await ask('mutation ($input: CreateStoryInput!) { createStory(input: $input) { id } }', {
    title: TEXT.storyTitle,
    body: TEXT.storyBody,
    quote: TEXT.storyQuote,
    consentGiven: true,
    outcomeId: outcome.id,
    personId: person.id,
  });
  return {
    organisationId: org.id,
    personId: person.id,
    partnershipId: partnership.id,
    projectId: project.id,
    outcomeId: outcome.id,
  };
}

/**
 * Arms a fresh page: a flag the payloads would set, a record of every dialog, and of every
 * script the Content Security Policy had to block (escaping should leave it nothing to block).
 */
async function armedPage(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const page = await signedInPage(browser, 'ceo');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const probe = window as unknown as { __xss: number; __blocked: string[] };
    probe.__xss = 0;
    probe.__blocked = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective.startsWith('script-src')) probe.__blocked.push(event.effectiveDirective);
    });
  });
  return { page, dialogs };
}

/**
 * Proves the page shows each text as text, built no element from it, and ran none of it. The
 * element check holds without the Content Security Policy; the flag and dialogs check both.
 */
async function expectInert(page: Page, dialogs: string[], shown: string[], what: string): Promise<void> {
  for (const text of shown) await page.getByText(text).first().waitFor();
  const found = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss,
    blocked: (window as unknown as { __blocked?: string[] }).__blocked,
    images: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
    svgs: Array.from(document.querySelectorAll('svg')).filter((svg) => svg.hasAttribute('onload')).length,
    inlineScripts: Array.from(document.querySelectorAll('script')).filter((s) => s.textContent?.includes('__xss'))
      .length,
  }));
  expect({ what, ...found, dialogs }).toEqual({
    what,
    flag: 0,
    blocked: [],
    images: 0,
    svgs: 0,
    inlineScripts: 0,
    dialogs: [],
  });
}

describe('hostile input in the browser', () => {
  let browser: Browser;
  let stored: Stored;
  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await signedInPage(browser, 'ceo');
    stored = await storeHostileRecords(page);
    await page.context().close();
  });
  afterAll(async () => {
    // The browser tests share one demo county: archive what this file added, so the others'
    // counts (the coalition map's 160 organisations, lists) are as the demo made them.
    const page = await signedInPage(browser, 'ceo');
    const records = [
      ['project', stored.projectId, 'archiveProject'],
      ['partnership', stored.partnershipId, 'archivePartnership'],
      ['organisation', stored.organisationId, 'archiveOrganisation'],
    ] as const;
    for (const [field, id, mutation] of records) {
      const found = await graphqlAs<Record<string, { version: number }>>(
        page,
        `query ($id: ID!) { ${field}(id: $id) { version } }`,
        { id },
      );
      await graphqlAs(page, `mutation ($input: RecordVersionInput!) { ${mutation}(input: $input) { id } }`, {
        input: { id, version: found[field].version },
      });
    }
    await page.context().close();
    await browser.close();
  });

  it('serves the app under a strict Content Security Policy', async () => {
    const response = await fetch(`${baseUrl()}/organisations`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]) => [name, sources] as const),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it('the probes notice markup that does reach the page, and the policy still stops it running', async () => {
    // The control for the tests below: markup injected as HTML, as a careless template would.
    const { page, dialogs } = await armedPage(browser);
    await page.goto(`${baseUrl()}/organisations`);
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG);
    await page.waitForFunction(() => (window as unknown as { __blocked: string[] }).__blocked.length > 0);
    const found = await page.evaluate(() => ({
      flag: (window as unknown as { __xss: number }).__xss,
      blocked: (window as unknown as { __blocked: string[] }).__blocked,
      images: document.querySelectorAll('img[src="x"]').length,
    }));
    expect({ ...found, dialogs }).toEqual({ flag: 0, blocked: ['script-src-attr'], images: 1, dialogs: [] });
    await page.context().close();
  });

  it.each([
    ['organisation list', () => `/organisations?q=${MARK}`, [TEXT.orgName]],
    ['organisation profile', () => `/organisations/${stored.organisationId}`, [TEXT.orgName, TEXT.orgDescription]],
    ['people list', () => `/people?q=${MARK}`, [TEXT.personName]],
    ['person page', () => `/people/${stored.personId}`, [TEXT.personName, TEXT.personNotes]],
    ['partnerships list', () => `/partnerships?q=${MARK}`, [TEXT.partnershipName]],
    [
      'partnership page',
      () => `/partnerships/${stored.partnershipId}`,
      [TEXT.partnershipName, TEXT.partnershipPurpose, TEXT.orgName, TEXT.activityTitle],
    ],
    ['projects list', () => `/projects?q=${MARK}`, [TEXT.projectName]],
    [
      'project page',
      () => `/projects/${stored.projectId}`,
      [TEXT.projectName, TEXT.projectSummary, TEXT.activityTitle, TEXT.activityNotes],
    ],
    ['outcomes list', () => `/outcomes?q=${MARK}`, [TEXT.outcomeTitle]],
    [
      'outcome page with its story',
      () => `/outcomes/${stored.outcomeId}`,
      [TEXT.outcomeTitle, TEXT.storyTitle, TEXT.storyBody, TEXT.storyQuote],
    ],
    ['dashboard', () => '/', [TEXT.activityTitle]],
  ])('the %s shows the markup as text and runs none of it', async (name, path, shown) => {
    const { page, dialogs } = await armedPage(browser);
    await page.goto(`${baseUrl()}${path()}`);
    await expectInert(page, dialogs, shown, name);
    await screenshotWhole(page, `hostile-input-${name.replace(/\W+/g, '-')}`);
    await page.context().close();
  });

  it('the coalition map finds the organisation by name and shows it as text in its panel', async () => {
    const { page, dialogs } = await armedPage(browser);
    await page.goto(`${baseUrl()}/network-map`);
    await page.getByTestId('layout-status').getByText('Map arranged.').waitFor({ timeout: 60_000 });
    await page.getByLabel('Find an organisation').fill(MARK);
    await page.getByRole('option', { name: TEXT.orgName }).click();
    await page.getByTestId('panel-name').filter({ hasText: TEXT.orgName }).waitFor();
    await expectInert(page, dialogs, [TEXT.orgName], 'network map panel');
    await screenshotWhole(page, 'hostile-input-network-map');
    await page.context().close();
  });
});
