import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ORGANISATION_ROLE_LABELS } from '@cg/shared/domain';
import { SessionStore, canAdminister } from '@cg/web/data-access/shell';
import { filter, map, skip } from 'rxjs';
import { PRODUCT_NAME } from './page-title.strategy';
import { NAVIGATION } from './screens';

/** Wide enough to keep the navigation open beside the page. */
const WIDE_SCREEN = '(min-width: 60em)';

/** The shell: skip link, top bar, main navigation and the routed page. */
@Component({
  selector: 'cg-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatIconButton,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    NgTemplateOutlet,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly productName = PRODUCT_NAME;
  protected readonly session = inject(SessionStore);
  /** Admin only for those who administer something; every other screen for everyone. */
  protected readonly navigation = computed(() => {
    const admin = canAdminister(this.session.user());
    return NAVIGATION.filter((screen) => admin || !screen.adminOnly);
  });
  /** "Administrator, Harrowby Trust" beside the name: the first organisation, and how many more. */
  protected readonly userRole = computed(() => {
    const user = this.session.user();
    if (!user) return null;
    const [first, ...others] = user.memberships ?? [];
    if (!first) return user.isInstanceAdmin ? 'Instance administrator' : 'No organisation yet';
    const more = others.length === 0 ? '' : ` and ${others.length} more`;
    const role = `${ORGANISATION_ROLE_LABELS[first.role]}, ${first.organisationName}${more}`;
    return user.isInstanceAdmin ? `Instance administrator · ${role}` : role;
  });
  private readonly router = inject(Router);

  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Only meaningful on narrow screens, where the navigation is a menu. */
  protected readonly menuOpen = signal(false);
  protected readonly navigationOpen = computed(() => this.isWide() || this.menuOpen());

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    void this.session.refresh();
    // After moving to another page, start keyboard and screen-reader users at
    // its content rather than leaving focus on the link they used.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected onNavigationOpenedChange(open: boolean): void {
    // The drawer closes itself on Escape or a tap outside; keep our state in step.
    this.menuOpen.set(open);
  }

  protected onNavigate(): void {
    this.menuOpen.set(false);
  }

  /** The skip link focuses <main> itself: a bare "#main-content" href would resolve against <base href>. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
