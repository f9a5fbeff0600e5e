import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IsActiveMatchOptions, RouterLink, RouterLinkActive } from '@angular/router';

/** The two Admin screens as tabs; links, so each has its own address and back works. */
@Component({
  selector: 'cg-admin-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="admin-nav" aria-label="Admin">
      <a
        routerLink="/admin"
        routerLinkActive="active"
        [routerLinkActiveOptions]="activeOptions"
        ariaCurrentWhenActive="page"
        [queryParams]="organisationParams()"
        >Users and invitations</a
      >
      <a routerLink="/admin/audit-log" routerLinkActive="active" ariaCurrentWhenActive="page">Audit log</a>
    </nav>
  `,
  styles: `
    .admin-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }

    a {
      display: inline-block;
      padding: 0.75rem 0.25rem;
      min-block-size: 24px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
      text-decoration: none;
      border-block-end: 3px solid transparent;

      &:hover {
        color: var(--mat-sys-on-surface);
        text-decoration: underline;
      }

      &.active {
        color: var(--mat-sys-primary);
        border-block-end-color: var(--mat-sys-primary);
      }
    }
  `,
})
export class AdminNav {
  /** Users is current on /admin whichever organisation is on show. */
  protected readonly activeOptions: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };

  /** The organisation on show, so going back to Users keeps it. */
  readonly organisationId = input<string | null>(null);

  protected organisationParams(): Record<string, string> {
    const id = this.organisationId();
    return id ? { organisation: id } : {};
  }
}
