import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { PERSONAS, PHONE, signedInPage } from './support/personas';

const LAST_ADMIN = 'An organisation needs at least one administrator';

/** Waits for CSS animations (error messages fading in, dialogs opening) to finish, so checks see the final page. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Material's ripples fade out on a timer after their animation: give them that moment.
  await page.waitForTimeout(200);
}

/** Asks the API as whoever is signed in on the page (the browser context holds the session cookie). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.context().request.post(`${baseUrl()}/graphql`, {
    data: { query, variables },
    headers: { 'x-requested-with': 'common-ground' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

interface OwnOrganisation {
  id: string;
  name: string;
}

/** The signed-in person's first organisation. */
async function ownOrganisation(page: Page): Promise<OwnOrganisation> {
  const { me } = await gql<{ me: { memberships: { organisationId: string }[] } }>(
    page,
    '{ me { memberships { organisationId } } }',
  );
  const id = me.memberships[0].organisationId;
  const { organisation } = await gql<{ organisation: OwnOrganisation }>(
    page,
    'query ($id: ID!) { organisation(id: $id) { id name } }',
    { id },
  );
  return organisation;
}

/**
 * Writes two audit entries about the signed-in person's organisation without changing it
 * for other tests: sets its website to a test address, then puts the old one back.
 */
async function touchOwnOrganisation(page: Page): Promise<OwnOrganisation> {
  const own = await ownOrganisation(page);
  const { organisation } = await gql<{ organisation: { version: number; website: string | null } }>(
    page,
    'query ($id: ID!) { organisation(id: $id) { version website } }',
    { id: own.id },
  );
  const update = 'mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version } }';
  const changed = await gql<{ updateOrganisation: { version: number } }>(page, update, {
    input: { id: own.id, version: organisation.version, website: 'https://audit-e2e.example.org/' },
  });
  await gql(page, update, {
    input: { id: own.id, version: changed.updateOrganisation.version, website: organisation.website },
  });
  return own;
}

/** The role select in a user's row (a mat-select, so a combobox and a listbox of options). */
async function chooseRole(page: Page, email: string, role: string): Promise<void> {
  await page.getByTestId(`role-${email}`).click();
  await page.getByRole('option', { name: role, exact: true }).click();
}

describe('admin', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('the CEO invites a coordinator, changes the viewer’s role and back, and is told plainly why they cannot step down', async () => {
    const page = await signedInPage(browser, 'ceo');
    const charity = await ownOrganisation(page);
    await page.goto(baseUrl());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await page.getByTestId('admin-organisation').filter({ hasText: charity.name }).waitFor();
    const users = page.getByTestId('users-table');
    await users.getByText('Mei Chen').waitFor();
    expect(await users.textContent()).toContain(PERSONAS.coordinator);
    expect(await page.getByTestId('signed-in-role').textContent()).toContain(`Administrator, ${charity.name}`);
    await screenshotWhole(page, 'admin-users');
    await expectNoSeriousA11yViolations(page, 'admin users (desktop)');

    // Validation beside the fields before anything is sent.
    const form = page.getByTestId('invite-form');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Enter the email address to send the invitation to.').waitFor();
    await form.getByText('Choose the role they will have.').waitFor();

    // Invite a new coordinator: the server's (console) mailer sends the link.
    const invitee = `new.coordinator.${Date.now()}@example.org`;
    await form.getByLabel('Email address').fill(invitee);
    await form.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Coordinator', exact: true }).click();
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByTestId('invite-sent').filter({ hasText: `We have emailed an invitation to ${invitee}` }).waitFor();
    const pending = page.getByTestId('invitations').locator(`[data-email="${invitee}"]`);
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Coordinator');
    await animationsDone(page);
    await screenshotWhole(page, 'admin-invitation-sent');
    await expectNoSeriousA11yViolations(page, 'admin after inviting');

    try {
      // The viewer becomes a coordinator…
      await chooseRole(page, PERSONAS.viewer, 'Coordinator');
      await page.getByTestId('admin-notice').filter({ hasText: 'Mei Chen is now a coordinator.' }).waitFor();
      // …and the change stuck on the server.
      await page.reload();
      await page.getByTestId(`role-${PERSONAS.viewer}`).filter({ hasText: 'Coordinator' }).waitFor();
    } finally {
      // Other tests sign in as the viewer: put the role back whatever happened.
      await chooseRole(page, PERSONAS.viewer, 'Viewer');
      await page.getByTestId('admin-notice').filter({ hasText: 'Mei Chen is now a viewer.' }).waitFor();
    }

    // The only administrator cannot step down, and is told why in plain words.
    await chooseRole(page, PERSONAS.ceo, 'Viewer');
    const refusal = page.getByRole('alert').filter({ hasText: LAST_ADMIN });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('make someone else an administrator first');
    await page.getByTestId(`role-${PERSONAS.ceo}`).filter({ hasText: 'Administrator' }).waitFor();
    await animationsDone(page);
    await screenshotWhole(page, 'admin-last-admin-refused');

    // Nor remove themselves: the confirmation comes first, then the same refusal.
    await users.getByRole('button', { name: 'Remove Asha Patel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Asha Patel?' });
    await dialog.waitFor();
    // Shoot the dialog once it has finished opening.
    await animationsDone(page);
    await screenshotWhole(page, 'admin-remove-confirmation');
    await expectNoSeriousA11yViolations(page, 'remove confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await users.getByRole('button', { name: 'Remove Asha Patel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alert').filter({ hasText: 'Asha Patel was not removed.' }).waitFor();

    // Withdraw the invitation again, so its link no longer works.
    await page.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).click();
    await page.getByTestId('admin-notice').filter({ hasText: `The invitation to ${invitee} has been withdrawn` }).waitFor();
    await pending.waitFor({ state: 'detached' });
  });

  it('the CEO browses the audit log filtered to one action, with each field before and after', async () => {
    const page = await signedInPage(browser, 'ceo');
    const charity = await touchOwnOrganisation(page);
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    await page.getByTestId('audit-summary').waitFor();

    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Changed', exact: true }).click();
    await page.waitForURL(/action=UPDATE/);
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="audit-entry"]'));
      return rows.length > 0 && rows.every((row) => row.getAttribute('data-action') === 'Changed');
    });
    // An organisation admin sees their organisation's records only.
    const links = await page
      .getByTestId('audit-table')
      .locator('a[href^="/organisations/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([`/organisations/${charity.id}`]));

    const first = page.getByTestId('audit-entry').first();
    expect(await first.textContent()).toContain('Asha Patel (you)');
    await first.getByRole('button', { name: /^Show \d+ fields?/ }).click();
    const changes = page.getByTestId('audit-changes').first();
    await changes.waitFor();
    expect(await changes.textContent()).toContain('Website');
    expect(await changes.textContent()).toContain('https://audit-e2e.example.org/');
    await screenshotWhole(page, 'admin-audit-log');
    await expectNoSeriousA11yViolations(page, 'audit log (desktop)');

    // A date range from today (dd/mm/yyyy) keeps today's changes.
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(new Date());
    await page.getByLabel('From').fill(today);
    await page.getByLabel('From').press('Tab');
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}/);
    await page.getByTestId('audit-entry').first().waitFor();
  });

  it('the instance admin sees every organisation’s changes and can manage any organisation’s users', async () => {
    const ceo = await signedInPage(browser, 'ceo');
    const charity = await touchOwnOrganisation(ceo);
    const funderPage = await signedInPage(browser, 'funder');
    const funder = await touchOwnOrganisation(funderPage);

    const page = await signedInPage(browser, 'admin');
    await page.goto(`${baseUrl()}/admin/audit-log?type=organisation&action=UPDATE`);
    await page.getByTestId('audit-summary').waitFor();
    expect(await page.getByTestId('signed-in-role').textContent()).toContain('Instance administrator');
    const table = page.getByTestId('audit-table');
    await table.locator(`a[href="/organisations/${charity.id}"]`).first().waitFor();
    await table.locator(`a[href="/organisations/${funder.id}"]`).first().waitFor();
    // Who made each change, named from the users of the organisations on the page.
    await table.getByText('Asha Patel').first().waitFor();
    await table.getByText('Grace Adeyemi').first().waitFor();
    await screenshotWhole(page, 'admin-audit-log-instance-admin');
    await expectNoSeriousA11yViolations(page, 'audit log (instance admin)');

    // Any organisation's users, found by name.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users and invitations' }).click();
    await page.getByTestId('no-organisation').waitFor();
    await page.getByLabel('Find an organisation').fill(charity.name);
    await page.getByRole('option', { name: charity.name, exact: true }).click();
    await page.getByTestId('admin-organisation').filter({ hasText: charity.name }).waitFor();
    await page.getByTestId('users-table').getByText('Asha Patel').waitFor();
    expect(new URL(page.url()).searchParams.get('organisation')).toBe(charity.id);
    // Emails that gave up after their retries: none on this run, and the page says so.
    await page.getByTestId('failed-emails').getByText('None: every invitation and password reset was delivered').waitFor();
    await screenshotWhole(page, 'admin-users-instance-admin');
    await expectNoSeriousA11yViolations(page, 'admin users (instance admin)');
  });

  it('works on a phone', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/admin`);
    await page.getByTestId('users-cards').getByText('Mei Chen').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshotWhole(page, 'admin-users-phone');
    await expectNoSeriousA11yViolations(page, 'admin users (phone)');

    await page.goto(`${baseUrl()}/admin/audit-log`);
    await page.getByTestId('audit-cards').waitFor();
    await page.getByTestId('audit-entry').first().getByRole('button', { name: /^Show/ }).click();
    await page.getByTestId('audit-changes').first().waitFor();
    await screenshotWhole(page, 'admin-audit-log-phone');
    await expectNoSeriousA11yViolations(page, 'audit log (phone)');
  });

  it('the viewer does not see Admin in the navigation, and gets an explanation at /admin', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(baseUrl());
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'Organisations' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await page.getByTestId('signed-in-role').textContent()).toContain('Viewer');

    await page.goto(`${baseUrl()}/admin`);
    const explanation = page.getByTestId('not-admin');
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain('Only organisation administrators can manage users');
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshotWhole(page, 'admin-not-admin');
    await expectNoSeriousA11yViolations(page, 'admin for a viewer');

    const phone = await signedInPage(browser, 'coordinator', { viewport: PHONE });
    await phone.goto(`${baseUrl()}/admin/audit-log`);
    await phone.getByTestId('not-admin').waitFor();
    await screenshotWhole(phone, 'admin-not-admin-phone');
    await expectNoSeriousA11yViolations(phone, 'admin for a coordinator (phone)');
  });
});
