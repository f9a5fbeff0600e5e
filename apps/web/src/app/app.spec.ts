import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { signal } from '@angular/core';
import { OrganisationRole, SessionStore, SessionUser } from '@cg/web/data-access';
import { App } from './app';
import { appConfig } from './app.config';
import { NAVIGATION, UPCOMING_SCREENS } from './screens';

/** The demo's instance administrator: signed in, administers the instance, belongs to no organisation. */
const INSTANCE_ADMIN: SessionUser = { id: 'u-admin', email: 'admin@example.org', name: 'Sam Okafor', isInstanceAdmin: true, memberships: [] };

describe('App shell', () => {
  let fixture: ComponentFixture<App>;

  const shell = () => fixture.nativeElement as HTMLElement;
  const navigation = () => shell().querySelector('nav[aria-label="Main"]');

  async function navigateTo(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    // Every screen but sign-in asks for a signed-in user.
    const session = { user: signal(INSTANCE_ADMIN), refresh: jest.fn().mockResolvedValue(INSTANCE_ADMIN), signOut: jest.fn() };
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...appConfig.providers, { provide: SessionStore, useValue: session }],
    });
    fixture = TestBed.createComponent(App);
    await fixture.whenStable();
  });

  it('offers a skip link first, then the banner, navigation and main landmarks', () => {
    const skipLink = shell().querySelector('a');
    expect(skipLink?.textContent).toBe('Skip to main content');
    expect(shell().querySelector('header')?.textContent).toContain('Common Ground');
    expect(navigation()?.getAttribute('aria-label')).toBe('Main');
    expect(shell().querySelector('main#main-content')).not.toBeNull();
  });

  it('links to every screen from the main navigation', () => {
    const links = Array.from(navigation()?.querySelectorAll('a') ?? [], (link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual(NAVIGATION.map((screen) => [screen.label, `/${screen.path}`]));
    expect(links).toContainEqual(['Admin', '/admin']);
  });

  it('moves focus to the main content when the skip link is used', () => {
    shell().querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows a screen not built yet as "Coming soon", names it in the title and marks its link current', async () => {
    const upcoming = UPCOMING_SCREENS[0];
    if (!upcoming) return; // every screen is built
    await navigateTo(`/${upcoming.path}`);

    const main = shell().querySelector('main');
    expect(main?.querySelector('h1')?.textContent).toBe(upcoming.label);
    expect(main?.textContent).toContain('Coming soon');
    expect(main?.textContent).toContain(upcoming.summary);
    expect(TestBed.inject(Title).getTitle()).toBe(`${upcoming.label} – Common Ground`);
    expect(navigation()?.querySelector('[aria-current="page"]')?.textContent?.trim()).toBe(upcoming.label);
  });

  it('says so when an address matches no page', async () => {
    await navigateTo('/no-such-page');

    expect(shell().querySelector('main h1')?.textContent).toBe('Page not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Common Ground');
  });
});

describe('App shell: who is signed in', () => {
  const render = async (user: Partial<SessionUser> | null) => {
    const session = { user: () => user, refresh: jest.fn().mockResolvedValue(user), signOut: jest.fn().mockResolvedValue(undefined) };
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        ...appConfig.providers,
        { provide: SessionStore, useValue: session },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const shell = fixture.nativeElement as HTMLElement;
    return { header: shell.querySelector('header')!, shell, session };
  };

  it('offers sign-in when nobody is signed in', async () => {
    const { header } = await render(null);
    expect(header.querySelector('a[href="/sign-in"]')?.textContent?.trim()).toBe('Sign in');
  });

  it('shows the signed-in person and signs them out', async () => {
    const { header, shell, session } = await render({ name: 'Asha Patel' });
    // In the top bar on wide screens, at the head of the menu on phones (as here).
    expect(shell.querySelector('[data-testid="signed-in-user"]')?.textContent).toBe('Asha Patel');
    const signOut = Array.from(header.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Sign out')!;
    signOut.click();
    await Promise.resolve();
    expect(session.signOut).toHaveBeenCalled();
  });

  const member = (role: OrganisationRole): Partial<SessionUser> => ({
    id: 'u1',
    name: 'Mei Chen',
    isInstanceAdmin: false,
    memberships: [{ organisationId: 'org-1', organisationName: 'Harrowby Trust', role }],
  });
  const navigationLabels = (header: HTMLElement) =>
    Array.from(header.ownerDocument.querySelectorAll('nav[aria-label="Main"] a'), (a) => a.textContent?.trim());

  it('hides Admin from viewers and coordinators, and keeps every other screen', async () => {
    for (const role of [OrganisationRole.VIEWER, OrganisationRole.COORDINATOR]) {
      TestBed.resetTestingModule();
      const { header } = await render(member(role));
      const labels = navigationLabels(header);
      expect(labels).not.toContain('Admin');
      expect(labels).toEqual(NAVIGATION.filter((screen) => screen.label !== 'Admin').map((screen) => screen.label));
    }
  });

  it("shows an organisation's administrator Admin, and their role and organisation beside their name", async () => {
    const { header, shell } = await render(member(OrganisationRole.ORG_ADMIN));
    expect(navigationLabels(header)).toContain('Admin');
    expect(shell.querySelector('[data-testid="signed-in-role"]')?.textContent?.trim()).toBe('Administrator, Harrowby Trust');
  });

  it('says a viewer is a viewer, and where', async () => {
    const { shell } = await render(member(OrganisationRole.VIEWER));
    expect(shell.querySelector('[data-testid="signed-in-role"]')?.textContent?.trim()).toBe('Viewer, Harrowby Trust');
  });
});
