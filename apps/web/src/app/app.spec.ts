import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { SessionStore } from '@cg/web/data-access';
import { App } from './app';
import { appConfig } from './app.config';

describe('App shell', () => {
  let fixture: ComponentFixture<App>;

  const shell = () => fixture.nativeElement as HTMLElement;
  const navigation = () => shell().querySelector('[role="navigation"]');

  async function navigateTo(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [App], providers: appConfig.providers });
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
    expect(links).toEqual([
      ['Home', '/'],
      ['Organisations', '/organisations'],
      ['Partnerships', '/partnerships'],
      ['Projects', '/projects'],
      ['Network map', '/network-map'],
      ['Needs', '/needs'],
      ['Outcomes', '/outcomes'],
      ['Place map', '/place-map'],
      ['Funder portfolio', '/funder-portfolio'],
      ['Imports and exports', '/imports-and-exports'],
      ['Admin', '/admin'],
    ]);
  });

  it('moves focus to the main content when the skip link is used', () => {
    shell().querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows a screen not built yet as "Coming soon", names it in the title and marks its link current', async () => {
    await navigateTo('/place-map');

    const main = shell().querySelector('main');
    expect(main?.querySelector('h1')?.textContent).toBe('Place map');
    expect(main?.textContent).toContain('Coming soon');
    expect(main?.textContent).toContain('deprivation');
    expect(TestBed.inject(Title).getTitle()).toBe('Place map – Common Ground');
    expect(navigation()?.querySelector('[aria-current="page"]')?.textContent?.trim()).toBe('Place map');
  });

  it('says so when an address matches no page', async () => {
    await navigateTo('/no-such-page');

    expect(shell().querySelector('main h1')?.textContent).toBe('Page not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Common Ground');
  });
});

describe('App shell: who is signed in', () => {
  const render = async (user: { name: string } | null) => {
    const session = { user: () => user, refresh: jest.fn().mockResolvedValue(user), signOut: jest.fn().mockResolvedValue(undefined) };
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...appConfig.providers, { provide: SessionStore, useValue: session }],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { header: (fixture.nativeElement as HTMLElement).querySelector('header')!, session };
  };

  it('offers sign-in when nobody is signed in', async () => {
    const { header } = await render(null);
    expect(header.querySelector('a[href="/sign-in"]')?.textContent?.trim()).toBe('Sign in');
  });

  it('shows the signed-in person and signs them out', async () => {
    const { header, session } = await render({ name: 'Asha Patel' });
    expect(header.querySelector('[data-testid="signed-in-user"]')?.textContent).toBe('Asha Patel');
    const signOut = Array.from(header.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Sign out')!;
    signOut.click();
    await Promise.resolve();
    expect(session.signOut).toHaveBeenCalled();
  });
});
